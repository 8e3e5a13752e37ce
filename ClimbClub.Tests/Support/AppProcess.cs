using System.Diagnostics;
using System.Text;
using System.Text.RegularExpressions;

namespace ClimbClub.Tests.Support;

/// <summary>
/// The built app as its own process (`dotnet ClimbClub.Web.dll`, as a deployment runs it) on a given data folder,
/// in Production unless told otherwise, with what it prints collected line by line.
/// </summary>
internal sealed partial class AppProcess : IDisposable
{
    private const string ListeningOn = "Now listening on: ";

    private readonly Process process;
    private readonly StringBuilder output = new();

    private AppProcess(Process process) => this.process = process;

    public string Output
    {
        get
        {
            lock (output)
            {
                return output.ToString();
            }
        }
    }

    /// <param name="dataFolder">The folder for the database, mail and keys (Storage:DataFolder).</param>
    /// <param name="settings">
    /// Configuration as environment variables (`Rankings__RefreshInterval`, ...); they win over the defaults set here,
    /// so `ASPNETCORE_ENVIRONMENT=Development` serves the static web assets (blazor.web.js) from the build output,
    /// which Production only finds once published.
    /// </param>
    /// <param name="args">The command line after the dll; the web app listens on a free loopback port unless told otherwise.</param>
    public static AppProcess Start(string dataFolder, IReadOnlyDictionary<string, string> settings, params string[] args) =>
        StartFrom(AppContext.BaseDirectory, dataFolder, settings, args);

    /// <summary>Starts the app from another folder that holds it, such as a `dotnet publish` output.</summary>
    public static AppProcess StartFrom(string appFolder, string dataFolder, IReadOnlyDictionary<string, string> settings, params string[] args)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = appFolder,
        };
        start.ArgumentList.Add(Path.Combine(appFolder, "ClimbClub.Web.dll"));
        foreach (var arg in args.Length > 0 ? args : ["--urls", "http://127.0.0.1:0"])
        {
            start.ArgumentList.Add(arg);
        }

        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        start.Environment["Storage__DataFolder"] = dataFolder;
        foreach (var (key, value) in TestDatabase.SettingsFor(dataFolder).Select(s => KeyValuePair.Create(s.Key.Replace(":", "__", StringComparison.Ordinal), s.Value)).Concat(settings))
        {
            start.Environment[key] = value;
        }

        var app = new AppProcess(new Process { StartInfo = start });
        app.process.OutputDataReceived += (_, e) => app.Append(e.Data);
        app.process.ErrorDataReceived += (_, e) => app.Append(e.Data);
        app.process.Start();
        app.process.BeginOutputReadLine();
        app.process.BeginErrorReadLine();
        return app;
    }

    /// <summary>Runs a command of the app (such as --backup) to its end: its exit code and what it printed.</summary>
    public static Task<(int ExitCode, string Output)> RunAsync(string dataFolder, params string[] args) =>
        RunAsync(dataFolder, new Dictionary<string, string>(StringComparer.Ordinal), args);

    /// <summary>Runs the app with these settings to its end (a command, or a start that fails): its exit code and what it printed.</summary>
    public static async Task<(int ExitCode, string Output)> RunAsync(string dataFolder, IReadOnlyDictionary<string, string> settings, params string[] args)
    {
        using var app = Start(dataFolder, settings, args);
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        await app.process.WaitForExitAsync(timeout.Token);
        app.process.WaitForExit();
        return (app.process.ExitCode, app.Output);
    }

    /// <summary>Waits until the output holds <paramref name="text"/> at least <paramref name="times"/> times.</summary>
    public async Task WaitForAsync(string text, int times = 1, int seconds = 30)
    {
        var waited = Stopwatch.StartNew();
        while (Count(text) < times)
        {
            Assert.False(process.HasExited, $"The app exited before printing '{text}':\n{Output}");
            Assert.True(waited.Elapsed < TimeSpan.FromSeconds(seconds), $"No '{text}' x{times} within {seconds} s:\n{Output}");
            await Task.Delay(50);
        }
    }

    /// <summary>The address the web app listens on, once it says so (`Now listening on: http://127.0.0.1:port`).</summary>
    public async Task<string> AddressAsync(int seconds = 60)
    {
        await WaitForAsync(ListeningOn, seconds: seconds);
        return ListeningLine().Match(Output).Groups["address"].Value;
    }

    public int Count(string text)
    {
        var all = Output;
        var count = 0;
        for (var at = all.IndexOf(text, StringComparison.Ordinal); at >= 0; at = all.IndexOf(text, at + text.Length, StringComparison.Ordinal))
        {
            count++;
        }

        return count;
    }

    /// <summary>Kills the process outright: SIGKILL on Linux, no shutdown code runs.</summary>
    public void Kill()
    {
        process.Kill();
        process.WaitForExit();
    }

    public void Dispose()
    {
        if (!process.HasExited)
        {
            Kill();
        }

        process.Dispose();
    }

    private void Append(string? line)
    {
        if (line is not null)
        {
            lock (output)
            {
                output.AppendLine(line);
            }
        }
    }

    [GeneratedRegex(ListeningOn + @"(?<address>\S+)")]
    private static partial Regex ListeningLine();
}
