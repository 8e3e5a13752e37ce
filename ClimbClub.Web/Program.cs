using ClimbClub.Web;

var builder = WebApplication.CreateBuilder(Extensions.ExpandSwitches(args));

builder.AddClimbClubSettings();
if (builder.RunDatabaseCommand(args) is { } exitCode)
{
    return exitCode;
}

builder.AddClimbClubData();
builder.AddClimbClubIdentity();
builder.AddClimbClubMail();
builder.AddClimbClubFeatures();
builder.AddClimbClubJobs();
builder.AddClimbClubHealth();
builder.AddClimbClubUi();

var app = builder.Build();

app.UseClimbClubPipeline();
app.MapClimbClubEndpoints();

app.Run();
return 0;
