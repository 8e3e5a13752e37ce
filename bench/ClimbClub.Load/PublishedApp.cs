using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;
using ClimbClub.Bench;

namespace ClimbClub.Load;

/// <summary>
/// The app as a deployment runs it: published in Release, started as its own process in Production on a free loopback
/// port, with what it prints kept, its warnings and errors counted, and its memory and CPU read from /proc.
/// </summary>
internal sealed partial class PublishedApp : IAsyncDisposable
{
    public const string AdminEmail = "admin@load.test";
    public const string AdminPassword = "Load-admin-1!";

    private readonly Process process;
    private readonly List<string> errors = [];
    private readonly List<string> warnings = [];
    private readonly TaskCompletionSource<string> listening = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly Stopwatch running = Stopwatch.StartNew();

    private PublishedApp(Process process) => this.process = process;

    public string BaseUrl { get; private set; } = "";

    public int ProcessId => process.Id;

    public TimeSpan Running => running.Elapsed;

    /// <summary>The wall-clock moment the process was started, to compare with times the app reports.</summary>
    public DateTimeOffset StartedAt { get; } = DateTimeOffset.UtcNow;

    /// <summary>How long after the process was started it printed "Now listening".</summary>
    public TimeSpan ListeningAfter { get; private set; }

    /// <summary>What the app logged as errors (fail, crit) since it started listening: a load run expects none.</summary>
    public IReadOnlyList<string> Errors => Copy(errors);

    /// <summary>What the app logged as warnings since it started listening.</summary>
    public IReadOnlyList<string> Warnings => Copy(warnings);

    /// <summary>Raised for every line the app prints once it listens, as the line arrives.</summary>
    public event Action<string>? LineRead;

    /// <summary>Publishes ClimbClub.Web from the repository this tool was built from; the path of the app's dll.</summary>
    public static async Task<string> PublishAsync(string workFolder)
    {
        var output = Path.Combine(workFolder, "app");
        var project = Path.Combine(Repository.Root, "ClimbClub.Web", "ClimbClub.Web.csproj");
        using var publish = Process.Start(new ProcessStartInfo("dotnet", ["publish", project, "-c", "Release", "-o", output, "--nologo", "-v", "quiet"])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        })!;
        var printed = await publish.StandardOutput.ReadToEndAsync() + await publish.StandardError.ReadToEndAsync();
        await publish.WaitForExitAsync();
        if (publish.ExitCode != 0)
        {
            throw new InvalidOperationException($"dotnet publish failed:\n{printed}");
        }

        return Path.Combine(output, "ClimbClub.Web.dll");
    }

    /// <summary>Starts the app on <paramref name="dataFolder"/>; without <paramref name="refreshInterval"/> the ranking job keeps the interval the app's settings give it.</summary>
    public static async Task<PublishedApp> StartAsync(string appDll, string dataFolder, TimeSpan? refreshInterval)
    {
        var start = new ProcessStartInfo("dotnet", [appDll, "--urls", "http://127.0.0.1:0"])
        {
            WorkingDirectory = Path.GetDirectoryName(appDll)!,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        start.Environment["Storage__DataFolder"] = dataFolder;
        start.Environment["Bootstrap__AdminEmail"] = AdminEmail;
        start.Environment["Bootstrap__AdminPassword"] = AdminPassword;
        if (refreshInterval is { } interval)
        {
            start.Environment["Rankings__RefreshInterval"] = interval.ToString("c", CultureInfo.InvariantCulture);
        }

        // Every simulated member signs in from 127.0.0.1; at a real gym they come from many addresses.
        start.Environment["RateLimits__SignInsPerIpPerMinute"] = "100000";

        var app = new PublishedApp(new Process { StartInfo = start });
        app.process.OutputDataReceived += (_, e) => app.Read(e.Data);
        app.process.ErrorDataReceived += (_, e) => app.Read(e.Data);
        app.process.Start();
        app.process.BeginOutputReadLine();
        app.process.BeginErrorReadLine();
        app.BaseUrl = await app.listening.Task.WaitAsync(TimeSpan.FromSeconds(60));
        return app;
    }

    /// <summary>Peak and current resident memory (MB) and the CPU time the process has used so far.</summary>
    public (double PeakMegabytes, double Megabytes, TimeSpan Cpu) Usage()
    {
        process.Refresh();
        var status = File.ReadAllLines($"/proc/{process.Id}/status");
        double Kilobytes(string key) =>
            double.Parse(status.Single(l => l.StartsWith(key, StringComparison.Ordinal)).Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture);
        return (Kilobytes("VmHWM:") / 1024, Kilobytes("VmRSS:") / 1024, process.TotalProcessorTime);
    }

    /// <summary>Stops the app as a service manager would (SIGTERM), and waits for it to finish its shutdown.</summary>
    public async ValueTask DisposeAsync()
    {
        if (!process.HasExited)
        {
            using (var term = Process.Start("kill", ["-TERM", process.Id.ToString(CultureInfo.InvariantCulture)]))
            {
                await term.WaitForExitAsync();
            }

            using var patience = new CancellationTokenSource(TimeSpan.FromSeconds(30));
            try
            {
                await process.WaitForExitAsync(patience.Token);
            }
            catch (OperationCanceledException)
            {
                process.Kill();
            }
        }

        process.Dispose();
    }


    private void Read(string? line)
    {
        if (line is null)
        {
            return;
        }

        if (ListeningLine().Match(line) is { Success: true } match)
        {
            ListeningAfter = running.Elapsed;
            listening.TrySetResult(match.Groups[1].Value);
        }

        if (!listening.Task.IsCompleted)
        {
            return;
        }

        LineRead?.Invoke(line);

        var kept = line.StartsWith("warn:", StringComparison.Ordinal) ? warnings
            : line.StartsWith("fail:", StringComparison.Ordinal) || line.StartsWith("crit:", StringComparison.Ordinal) ? errors
            : null;
        if (kept is not null)
        {
            lock (kept)
            {
                kept.Add(line);
            }
        }
    }

    private static List<string> Copy(List<string> lines)
    {
        lock (lines)
        {
            return [.. lines];
        }
    }

    [GeneratedRegex(@"Now listening on: (http://127\.0\.0\.1:\d+)")]
    private static partial Regex ListeningLine();
}
