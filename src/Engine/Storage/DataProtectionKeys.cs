using Microsoft.AspNetCore.DataProtection;

namespace TthcFlow.Engine.Storage;

/// <summary>
/// Khóa bảo vệ dữ liệu — the keys that sign and encrypt officers' cookies (and antiforgery tokens)
/// live in the store (<see cref="EngineDbContext.DataProtectionKeys"/>), not on one machine's disk,
/// so a cookie issued by one engine node is read by every other node of the same store, and
/// survives a restart. The application name pins the purpose chain, so nodes installed in
/// different folders still share the keys.
/// </summary>
public static class DataProtectionKeys
{
    public const string ApplicationName = "TthcFlow";

    public static IServiceCollection AddDataProtectionKeysInStore(this IServiceCollection services)
    {
        services.AddDataProtection()
            .SetApplicationName(ApplicationName)
            .PersistKeysToDbContext<EngineDbContext>();
        return services;
    }
}
