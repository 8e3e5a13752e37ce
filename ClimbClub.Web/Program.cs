using ClimbClub.Web;

var builder = WebApplication.CreateBuilder(Extensions.ExpandSwitches(args));

builder.AddClimbClubSettings();
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
