using ClimbClub.Web;

var builder = WebApplication.CreateBuilder(args);

builder.AddClimbClubSettings(args);
builder.AddClimbClubData();
builder.AddClimbClubIdentity();
builder.AddClimbClubMail();
builder.AddClimbClubFeatures();
builder.AddClimbClubJobs();
builder.AddClimbClubUi();

var app = builder.Build();

app.UseClimbClubPipeline();
app.MapClimbClubEndpoints();

app.Run();
