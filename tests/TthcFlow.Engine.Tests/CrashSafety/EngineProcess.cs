using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Reflection;
using TthcFlow.Engine.Tests.Hosting;

namespace TthcFlow.Engine.Tests.CrashSafety;

/// <summary>
/// The real engine as a child process (<c>dotnet TthcFlow.Engine.dll serve --clock simulated</c>, the
/// build of the same configuration as the tests) on a store given by connection string, on a free
/// loopback port. <see cref="StartAsync"/> answers once <c>/health</c> says the store answers;
/// <see cref="KillAsync"/> is SIGKILL: no shutdown hook runs.
/// </summary>
public sealed class EngineProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly Queue<string> _lastLines = new();

    private EngineProcess(Process process, Uri address) => (_process, Address) = (process, address);

    public Uri Address { get; }

    public int Id => _process.Id;

    /// <summary>From the process start to a healthy answer.</summary>
    public TimeSpan StartedIn { get; private set; }

    /// <summary>The engine's build, next to the tests' in the same configuration.</summary>
    public static string EngineDll { get; } = Path.Combine(RepoPaths.Root, "src", "Engine", "bin",
        typeof(EngineProcess).Assembly.GetCustomAttribute<AssemblyConfigurationAttribute>()?.Configuration ?? "Release", "net10.0", "TthcFlow.Engine.dll");

    /// <summary>Starts the engine on <paramref name="connectionString"/> with its simulated clock at <paramref name="clock"/>, and waits until it is healthy.</summary>
    public static async Task<EngineProcess> StartAsync(string connectionString, DateTimeOffset clock, string workingFolder, TimeSpan timeout)
    {
        if (!File.Exists(EngineDll))
            throw new FileNotFoundException("Build the engine first (dotnet build TthcFlow.sln).", EngineDll);
        var address = new Uri($"http://127.0.0.1:{FreePort()}");
        var start = new ProcessStartInfo("dotnet")
        {
            ArgumentList = { EngineDll, "serve", "--urls", address.ToString(), "--clock", "simulated", "--clock-start", clock.ToString("O") },
            WorkingDirectory = workingFolder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.Environment["ConnectionStrings__TthcFlow"] = connectionString;
        start.Environment["TthcFlow__Workflows"] = RepoPaths.Workflows;
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        start.Environment["Logging__LogLevel__Default"] = "Warning";
        start.Environment["DOTNET_gcServer"] = "0";
        // The officers sign in again after every restart, all from the loopback address.
        start.Environment["TthcFlow__SignIn__AttemptsPerAddress"] = "100000";
        long launched = Stopwatch.GetTimestamp();
        var engine = new EngineProcess(Process.Start(start)!, address);
        engine._process.OutputDataReceived += (_, e) => engine.Keep(e.Data);
        engine._process.ErrorDataReceived += (_, e) => engine.Keep(e.Data);
        engine._process.BeginOutputReadLine();
        engine._process.BeginErrorReadLine();
        try
        {
            await engine.WaitHealthyAsync(timeout);
        }
        catch
        {
            await engine.DisposeAsync();
            throw;
        }
        engine.StartedIn = Stopwatch.GetElapsedTime(launched);
        return engine;
    }

    /// <summary>SIGKILL, then waits for the process to be gone.</summary>
    public async Task KillAsync()
    {
        if (!_process.HasExited)
            _process.Kill(entireProcessTree: true);
        await _process.WaitForExitAsync();
    }

    /// <summary>The engine's last lines of output, for a failure message.</summary>
    public string LastLines()
    {
        lock (_lastLines)
            return string.Join('\n', _lastLines);
    }

    public async ValueTask DisposeAsync()
    {
        await KillAsync();
        _process.Dispose();
    }

    private async Task WaitHealthyAsync(TimeSpan timeout)
    {
        using var http = new HttpClient { BaseAddress = Address, Timeout = TimeSpan.FromSeconds(5) };
        using var deadline = new CancellationTokenSource(timeout);
        while (true)
        {
            if (_process.HasExited)
                throw new InvalidOperationException($"The engine exited with {_process.ExitCode} before it was healthy:\n{LastLines()}");
            try
            {
                using var response = await http.GetAsync(new Uri("/health", UriKind.Relative), deadline.Token);
                if (response.IsSuccessStatusCode)
                    return;
            }
            catch (OperationCanceledException) when (deadline.IsCancellationRequested)
            {
                throw new TimeoutException($"The engine was not healthy within {timeout}:\n{LastLines()}");
            }
            catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
            {
                // not listening yet, or too busy starting to answer within the poll's own timeout
            }
            // Poll again once the process exits or a short wait passes, whichever comes first.
            await Task.WhenAny(_process.WaitForExitAsync(deadline.Token), Task.Delay(50, deadline.Token)).ContinueWith(_ => { }, TaskScheduler.Default);
        }
    }

    private void Keep(string? line)
    {
        if (line is null)
            return;
        lock (_lastLines)
        {
            _lastLines.Enqueue(line);
            if (_lastLines.Count > 40)
                _lastLines.Dequeue();
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
