using System.Collections.Concurrent;
using System.Net;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using TthcFlow.Engine.Tests.Api;

namespace TthcFlow.Engine.Tests.Security;

/// <summary>
/// Dữ liệu cá nhân không được ghi vào nhật ký: a whole dossier journey (filed at the desk, every
/// step completed, looked up by the citizen, filed online, refused bad input) logged at Debug by
/// every category — EF Core's commands included — writes neither the applicant's name, ID number,
/// phone, e-mail nor address into any message or exception.
/// </summary>
public sealed class PersonalDataInLogsTests : IDisposable
{
    private const string Name = "Phạm Thị Hồng Nhung", IdNumber = "066199012345", Phone = "0912345678",
        Email = "nhung.pham@example.vn", Address = "Thôn Ea Kmar 5, xã Hòa Phú";

    private readonly ApiWorld _world = new();
    private readonly CapturingLoggerProvider _logs = new();

    [Fact]
    public async Task A_full_journey_logged_at_debug_writes_no_personal_data_of_the_applicant()
    {
        using var host = _world.Start(configure: b => b.ConfigureLogging(l => l.SetMinimumLevel(LogLevel.Debug).AddProvider(_logs)));
        var desk = await ApiWorld.SignInAsync(host, "motcua.hoaphu");
        var filing = new
        {
            definitionId = "birth-registration", channel = 1,
            applicant = new { name = Name, idNumber = IdNumber, phone = Phone, email = Email, address = Address },
            requestContent = "Đăng ký khai sinh", documents = new[] { new { name = "Tờ khai", digitised = true } },
        };
        var dossier = await ApiWorld.JsonAsync(await ApiWorld.PostAsync(desk, "/api/dossiers", filing), HttpStatusCode.Created);
        long id = (long)dossier["id"]!;
        for (int step = 0; step < 20 && dossier["activeTasks"]!.AsArray().Count > 0; step++)
        {
            var task = dossier["activeTasks"]![0]!;
            var officer = await ApiWorld.SignInAsync(host, ApiWorld.OfficerFor(host, task));
            dossier = await ApiWorld.JsonAsync(await ApiWorld.PostAsync(officer, $"/api/tasks/{(long)task["id"]!}/complete",
                new { outcome = (string)task["outcomes"]![0]! }), HttpStatusCode.OK);
        }
        var detail = await ApiWorld.JsonAsync(await desk.GetAsync($"/api/dossiers/{id}"), HttpStatusCode.OK);
        await ApiWorld.JsonAsync(await ApiWorld.Anonymous(host).GetAsync(
            $"/api/public/status?code={(string)detail["dossier"]!["code"]!}&idNumber={IdNumber}"), HttpStatusCode.OK);
        await desk.GetAsync($"/api/inbox?list=Returned&q={Uri.EscapeDataString(Name)}");
        await ApiWorld.PostAsync(ApiWorld.Anonymous(host), "/api/public/dossiers", new
        {
            definitionId = "birth-registration", receivingAgencyEId = ApiWorld.Centre,
            applicant = new { name = Name, idNumber = IdNumber, phone = Phone, email = Email, address = Address },
        });
        await ApiWorld.PostAsync(desk, "/api/dossiers", "{\"definitionId\":\"birth-registration\",\"channel\":1,\"applicant\":{\"name\":\"" + Name + "\",\"idNumber\":" + IdNumber + "}}");

        Assert.Equal("Returned", (string)detail["dossier"]!["status"]!);
        var messages = _logs.Messages.ToList();
        Assert.Contains(messages, m => m.Contains("Executed DbCommand", StringComparison.Ordinal));
        foreach (var secret in new[] { Name, IdNumber, Phone, Email, Address, Uri.EscapeDataString(Name) })
        {
            var leak = messages.FirstOrDefault(m => m.Contains(secret, StringComparison.OrdinalIgnoreCase));
            Assert.True(leak is null, $"'{secret}' is logged: {leak}");
        }
    }

    public void Dispose()
    {
        _world.Dispose();
        _logs.Dispose();
    }

    /// <summary>Keeps every message (with its exception) of every category at every level.</summary>
    private sealed class CapturingLoggerProvider : ILoggerProvider
    {
        public ConcurrentQueue<string> Messages { get; } = new();

        public ILogger CreateLogger(string categoryName) => new Logger(categoryName, Messages);

        public void Dispose()
        {
        }

        private sealed class Logger(string category, ConcurrentQueue<string> messages) : ILogger
        {
            public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

            public bool IsEnabled(LogLevel logLevel) => true;

            public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
                messages.Enqueue($"{category} [{logLevel}] {formatter(state, exception)} {exception}");
        }
    }
}
