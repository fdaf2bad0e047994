using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;
using TthcFlow.Engine.Dossiers.Api;

namespace TthcFlow.Engine.Security;

/// <summary>
/// Giới hạn số lần đăng nhập — how often <c>POST /api/session</c> may be tried (configuration
/// section <c>TthcFlow:SignIn</c>): per client address, every attempt counts; per user name, only
/// failed ones. Past either limit the answer is 429 with <c>Retry-After</c>, even with the right password.
/// </summary>
public sealed class SignInLimits
{
    public const string Section = "TthcFlow:SignIn";

    /// <summary>Failed attempts one user name may have in <see cref="UserWindow"/> (default 5).</summary>
    public int FailuresPerUser { get; set; } = 5;

    /// <summary>The window of <see cref="FailuresPerUser"/> (default 15 minutes).</summary>
    public TimeSpan UserWindow { get; set; } = TimeSpan.FromMinutes(15);

    /// <summary>Attempts, right or wrong, from one client address in <see cref="AddressWindow"/> (default 60: a desk behind one address has many officers).</summary>
    public int AttemptsPerAddress { get; set; } = 60;

    /// <summary>The window of <see cref="AttemptsPerAddress"/> (default 1 minute).</summary>
    public TimeSpan AddressWindow { get; set; } = TimeSpan.FromMinutes(1);
}

/// <summary>
/// Failed sign-ins per user name (lower-cased), counted with a fixed-window rate limiter: the
/// throttle against guessing one officer's password from many addresses.
/// </summary>
public sealed class SignInThrottle : IDisposable
{
    private readonly PartitionedRateLimiter<string> _failures;
    private readonly TimeSpan _window;

    public SignInThrottle(IOptions<SignInLimits> options)
    {
        var limits = options.Value;
        _window = limits.UserWindow;
        _failures = PartitionedRateLimiter.Create<string, string>(user => RateLimitPartition.GetFixedWindowLimiter(user,
            _ => new FixedWindowRateLimiterOptions { PermitLimit = limits.FailuresPerUser, Window = limits.UserWindow, QueueLimit = 0 }));
    }

    /// <summary>How long the user name must wait before trying again; null when it may try now.</summary>
    public TimeSpan? WaitFor(string userName)
    {
        using var lease = _failures.AttemptAcquire(Key(userName), 0);
        if (lease.IsAcquired) return null;
        return lease.TryGetMetadata(MetadataName.RetryAfter, out var after) ? after : _window;
    }

    /// <summary>Counts one failed attempt against the user name.</summary>
    public void Failed(string userName)
    {
        using var _ = _failures.AttemptAcquire(Key(userName));
    }

    private static string Key(string userName) => userName.Trim().ToLowerInvariant();

    public void Dispose() => _failures.Dispose();
}

/// <summary>Registers the sign-in limits: the per-address policy of ASP.NET Core's rate limiter and the per-user throttle.</summary>
public static class SignInRateLimiting
{
    /// <summary>The rate-limiter policy on <c>POST /api/session</c>.</summary>
    public const string Policy = "sign-in";

    public static IServiceCollection AddSignInRateLimiting(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<SignInLimits>(configuration.GetSection(SignInLimits.Section));
        services.AddSingleton<SignInThrottle>();
        services.AddRateLimiter(o =>
        {
            o.AddPolicy(Policy, http =>
            {
                var limits = http.RequestServices.GetRequiredService<IOptions<SignInLimits>>().Value;
                return RateLimitPartition.GetFixedWindowLimiter(http.Connection.RemoteIpAddress?.ToString() ?? "unknown",
                    _ => new FixedWindowRateLimiterOptions { PermitLimit = limits.AttemptsPerAddress, Window = limits.AddressWindow, QueueLimit = 0 });
            });
            o.OnRejected = (context, _) =>
            {
                var after = context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var wait) ? wait
                    : context.HttpContext.RequestServices.GetRequiredService<IOptions<SignInLimits>>().Value.AddressWindow;
                return new ValueTask(TooManyAttempts(context.HttpContext, after).ExecuteAsync(context.HttpContext));
            };
        });
        return services;
    }

    /// <summary>429 with <c>Retry-After</c> (whole seconds, rounded up) as ProblemDetails.</summary>
    public static IResult TooManyAttempts(HttpContext http, TimeSpan retryAfter)
    {
        var seconds = Math.Max(1, (long)Math.Ceiling(retryAfter.TotalSeconds));
        http.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
        return ApiProblems.TooManyAttempts(http,
            $"Đăng nhập sai quá nhiều lần; thử lại sau {seconds} giây.", $"Too many sign-in attempts; try again in {seconds} seconds.");
    }
}
