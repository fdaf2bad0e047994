using System.Net;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Mvc.Testing;
using TthcFlow.Engine.Security;
using TthcFlow.Engine.Tests.Api;

namespace TthcFlow.Engine.Tests.Security;

/// <summary>
/// Sign-in hardening: failed attempts per user name and attempts per address are limited (429 with
/// Retry-After), the session cookie is HttpOnly, SameSite=Strict, Secure over HTTPS, sliding with an
/// absolute limit, and every response carries the security headers.
/// </summary>
public sealed class SignInHardeningTests : IDisposable
{
    private readonly ApiWorld _world = new();

    [Fact]
    public async Task After_five_wrong_passwords_the_sixth_attempt_is_refused_even_with_the_right_one_and_another_officer_is_unaffected()
    {
        using var host = _world.Start();
        var attacker = ApiWorld.Anonymous(host);

        for (int i = 0; i < 5; i++)
            await ApiWorld.JsonAsync(await SignInAsync(attacker, "chuyenvien.hoaphu", "guess" + i), HttpStatusCode.Unauthorized);
        var sixth = await SignInAsync(ApiWorld.Anonymous(host), "CHUYENVIEN.hoaphu", ApiWorld.Password);
        var colleague = await SignInAsync(ApiWorld.Anonymous(host), "lanhdao.hoaphu", ApiWorld.Password);

        var problem = await ApiWorld.JsonAsync(sixth, HttpStatusCode.TooManyRequests);
        Assert.Equal("application/problem+json", sixth.Content.Headers.ContentType?.MediaType);
        Assert.Equal("TooManyAttempts", (string)problem["code"]!);
        Assert.True(sixth.Headers.RetryAfter?.Delta > TimeSpan.Zero, "Retry-After in seconds");
        Assert.False(sixth.Headers.Contains("Set-Cookie"));
        await ApiWorld.JsonAsync(colleague, HttpStatusCode.OK);
    }

    [Fact]
    public async Task Successful_sign_ins_do_not_count_against_the_officer()
    {
        using var host = _world.Start();

        for (int i = 0; i < 8; i++)
            await ApiWorld.JsonAsync(await SignInAsync(ApiWorld.Anonymous(host), "motcua.hoaphu", ApiWorld.Password), HttpStatusCode.OK);
    }

    [Fact]
    public async Task Attempts_from_one_address_past_its_limit_get_429_with_retry_after_whoever_signs_in()
    {
        using var host = _world.Start(new Dictionary<string, string?> { ["TthcFlow:SignIn:AttemptsPerAddress"] = "3" });
        var client = ApiWorld.Anonymous(host);

        var answers = new List<HttpResponseMessage>();
        foreach (var user in new[] { "motcua.hoaphu", "chuyenvien.hoaphu", "lanhdao.hoaphu", "vanthu.hoaphu" })
            answers.Add(await SignInAsync(client, user, ApiWorld.Password));

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests], answers.Select(a => a.StatusCode));
        Assert.Equal("TooManyAttempts", (string)(await ApiWorld.JsonAsync(answers[3], HttpStatusCode.TooManyRequests))["code"]!);
        Assert.True(answers[3].Headers.RetryAfter?.Delta > TimeSpan.Zero);
    }

    [Fact]
    public async Task The_session_cookie_is_http_only_strict_and_secure_only_over_https()
    {
        using var host = _world.Start();
        var overHttps = host.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = new Uri("https://localhost") });

        var plain = Assert.Single((await SignInAsync(ApiWorld.Anonymous(host), "motcua.hoaphu", ApiWorld.Password)).Headers.GetValues("Set-Cookie"));
        var secure = Assert.Single((await SignInAsync(overHttps, "motcua.hoaphu", ApiWorld.Password)).Headers.GetValues("Set-Cookie"));

        foreach (var cookie in new[] { plain, secure })
        {
            var attributes = cookie.Split(';', StringSplitOptions.TrimEntries).Skip(1).Select(a => a.ToLowerInvariant()).ToList();
            Assert.StartsWith(OfficerAuthentication.CookieName + "=", cookie, StringComparison.Ordinal);
            Assert.Contains("httponly", attributes);
            Assert.Contains("samesite=strict", attributes);
            Assert.Contains("path=/", attributes);
        }
        Assert.DoesNotContain("secure", plain.Split(';', StringSplitOptions.TrimEntries).Select(a => a.ToLowerInvariant()));
        Assert.Contains("secure", secure.Split(';', StringSplitOptions.TrimEntries).Select(a => a.ToLowerInvariant()));
    }

    [Fact]
    public async Task A_session_slides_while_the_officer_works_lapses_when_idle_and_ends_at_the_absolute_limit()
    {
        using var host = _world.Start();
        var limits = new SessionLimits();
        var busy = await ApiWorld.SignInAsync(host, "motcua.hoaphu");
        var idle = await ApiWorld.SignInAsync(host, "chuyenvien.hoaphu");
        var step = limits.IdleTimeout * 0.75;

        var elapsed = TimeSpan.Zero;
        while (elapsed + step < limits.AbsoluteLimit)
        {
            _world.Clock.Advance(step);
            elapsed += step;
            Assert.True((await busy.GetAsync("/api/session")).StatusCode == HttpStatusCode.OK, $"busy officer signed out after {elapsed}");
        }
        var idleAnswer = await idle.GetAsync("/api/session");
        _world.Clock.Advance(limits.AbsoluteLimit - elapsed);
        var pastLimit = await busy.GetAsync("/api/session");

        Assert.Equal(HttpStatusCode.Unauthorized, idleAnswer.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, pastLimit.StatusCode);
        Assert.True(limits.AbsoluteLimit > limits.IdleTimeout);
    }

    [Theory]
    [InlineData("GET", "/health")]
    [InlineData("GET", "/api/inbox")]
    [InlineData("GET", "/api/no-such-route")]
    [InlineData("POST", "/api/session")]
    [InlineData("GET", "/api/public/status?code=x&idNumber=y")]
    [InlineData("GET", "/")]
    public async Task Every_response_carries_the_security_headers(string method, string path)
    {
        using var host = _world.Start();

        var response = await ApiWorld.Anonymous(host).SendAsync(new HttpRequestMessage(new HttpMethod(method), path));

        Assert.Equal("nosniff", Header(response, "X-Content-Type-Options"));
        Assert.Equal("no-referrer", Header(response, "Referrer-Policy"));
        Assert.Equal("DENY", Header(response, "X-Frame-Options"));
        var csp = Header(response, "Content-Security-Policy");
        Assert.Contains("frame-ancestors 'none'", csp);
        Assert.Contains("script-src 'self'", csp);
        Assert.DoesNotContain("unsafe-eval", csp);
    }

    private static string Header(HttpResponseMessage response, string name) =>
        response.Headers.TryGetValues(name, out var values) ? string.Join(",", values) : "";

    private static Task<HttpResponseMessage> SignInAsync(HttpClient client, string userName, string password) =>
        client.PostAsJsonAsync("/api/session", new { userName, password });

    public void Dispose() => _world.Dispose();
}
