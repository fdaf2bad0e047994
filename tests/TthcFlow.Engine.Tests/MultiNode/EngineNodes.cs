using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Npgsql;
using TthcFlow.Engine.Scheduling;
using TthcFlow.Engine.Storage;
using TthcFlow.Engine.Tests.Hosting;

namespace TthcFlow.Engine.Tests.MultiNode;

/// <summary>
/// Several engine nodes on one fresh PostgreSQL database, in this process: each a host of its own
/// (its own DI container, write pipeline, scheduler, and connection pool — the connection string
/// names the node), started from the real engine's registration with <c>TthcFlow:Node:Id</c> set,
/// all on one virtual clock (a Monday morning in Vietnam). Disposed with the database.
/// </summary>
public sealed class EngineNodes : IDisposable
{
    private readonly EngineFactory _factory = new(StoreProvider.PostgreSql);
    private readonly List<WebApplicationFactory<Program>> _nodes = [];

    public FakeTimeProvider Clock { get; } = new(new DateTimeOffset(2026, 3, 2, 8, 0, 0, TimeSpan.FromHours(7)));

    public string ConnectionString => _factory.ConnectionString;

    /// <summary>A node not yet started (its host starts on first use of <c>Server</c> or <c>Services</c>).</summary>
    public WebApplicationFactory<Program> Node(string id, TimeSpan lease, Action<IServiceCollection>? services = null)
    {
        var node = _factory.WithWebHostBuilder(b =>
        {
            b.UseSetting(NodeOptions.IdKey, id);
            b.UseSetting(NodeOptions.LeaseKey, lease.TotalSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture));
            b.UseSetting("ConnectionStrings:TthcFlow", new NpgsqlConnectionStringBuilder(ConnectionString) { ApplicationName = id }.ConnectionString);
            b.ConfigureTestServices(s =>
            {
                s.AddSingleton<TimeProvider>(Clock);
                services?.Invoke(s);
            });
        });
        _nodes.Add(node);
        return node;
    }

    /// <summary>Starts the nodes at the same moment, each on a thread of its own.</summary>
    public static Task StartTogetherAsync(params WebApplicationFactory<Program>[] nodes) =>
        Task.WhenAll(nodes.Select(n => Task.Run(() => _ = n.Server)));

    /// <summary>Runs a query and returns its single number.</summary>
    public async Task<long> ScalarAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection) { CommandTimeout = 300 };
        return Convert.ToInt64(await command.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture);
    }

    public void Dispose()
    {
        foreach (var node in _nodes)
            node.Dispose();
        _factory.Dispose();
    }
}
