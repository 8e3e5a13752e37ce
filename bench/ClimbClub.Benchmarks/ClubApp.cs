using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Quartz;

namespace ClimbClub.Benchmarks;

/// <summary>
/// The app itself, in process, on a club's data folder: its own start-up (migrations, seeding), services and jobs, in
/// Production, without logging, on <see cref="ClubClock"/>. The jobs' interval is a month, so after the runs every
/// app makes at start-up nothing runs unless the benchmark asks.
/// </summary>
internal sealed class ClubApp : IAsyncDisposable
{
    public const string AdminEmail = "admin@bench.test";

    private const string AdminPassword = "Bench-admin-1!";

    private readonly WebApplicationFactory<Program> factory;

    private ClubApp(WebApplicationFactory<Program> factory) => this.factory = factory;

    public IServiceProvider Services => factory.Services;

    /// <summary>Starts the app and returns once the jobs it runs at start-up have finished.</summary>
    public static async Task<ClubApp> StartAsync(string dataFolder, ClubClock clock)
    {
        var app = new ClubApp(new WebApplicationFactory<Program>().WithWebHostBuilder(builder =>
        {
            builder.UseEnvironment("Production");
            builder.UseSetting("Storage:DataFolder", dataFolder);
            builder.UseSetting("Bootstrap:AdminEmail", AdminEmail);
            builder.UseSetting("Bootstrap:AdminPassword", AdminPassword);
            builder.UseSetting("Rankings:RefreshInterval", "30.00:00:00");
            builder.ConfigureLogging(logging => logging.ClearProviders());
            builder.ConfigureTestServices(services => services.AddSingleton<TimeProvider>(clock));
        }));
        await app.WaitForStartUpJobsAsync();
        return app;
    }

    public ValueTask DisposeAsync() => factory.DisposeAsync();

    /// <summary>
    /// Waits until every simple trigger (the repeating jobs and the one-off start-up run) has fired once and no firing is
    /// running or about to, twice in a row.
    /// </summary>
    private async Task WaitForStartUpJobsAsync()
    {
        var scheduler = await Services.GetRequiredService<ISchedulerFactory>().GetScheduler();
        for (var quietPolls = 0; quietPolls < 2;)
        {
            await Task.Delay(TimeSpan.FromMilliseconds(100));
            var waiting = false;
            foreach (var header in (await scheduler.QueryTriggers(new TriggerQuery())).Items)
            {
                waiting |= await scheduler.GetTrigger(header.Key) is ISimpleTrigger { PreviousFireTimeUtc: null };
            }

            waiting |= (await scheduler.QueryFireInstances(new FireInstanceQuery { State = null })).Items.Count > 0;
            quietPolls = waiting ? 0 : quietPolls + 1;
        }
    }
}
