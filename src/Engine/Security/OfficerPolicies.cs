using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Infrastructure;
using Microsoft.AspNetCore.Authorization.Policy;
using TthcFlow.Definitions.Organisation;
using TthcFlow.Engine.Dossiers.Api;

namespace TthcFlow.Engine.Security;

/// <summary>
/// Phân quyền — the policies that guard what only some officers may do: writing and publishing
/// procedure definitions (công chức thiết kế quy trình) and running the system's clock (quản trị hệ
/// thống). Any signed-in officer passes the default policy; these add a role from the organisation.
/// </summary>
public static class OfficerPolicies
{
    /// <summary>Import, validate, save and publish definitions: the <see cref="RoleCodes.ProcessDesigner"/> role.</summary>
    public const string DesignProcedures = "DesignProcedures";

    /// <summary>The administrator's endpoints (the simulated clock): the <see cref="RoleCodes.Administrator"/> role.</summary>
    public const string AdministerSystem = "AdministerSystem";

    public static IServiceCollection AddOfficerPolicies(this IServiceCollection services)
    {
        services.AddAuthorizationBuilder()
            .AddPolicy(DesignProcedures, p => p.RequireAuthenticatedUser().RequireRole(RoleCodes.ProcessDesigner))
            .AddPolicy(AdministerSystem, p => p.RequireAuthenticatedUser().RequireRole(RoleCodes.Administrator));
        services.AddSingleton<IAuthorizationMiddlewareResultHandler, RoleRefusals>();
        return services;
    }

    /// <summary>
    /// Answers a refusal by a role policy with a ProblemDetails that names the role needed, in the
    /// request's language: 401 for a visitor who is not signed in, 403 for an officer without the
    /// role. Every other outcome goes to the framework's handler (the cookie scheme's own 401/403).
    /// </summary>
    private sealed class RoleRefusals : IAuthorizationMiddlewareResultHandler
    {
        private readonly AuthorizationMiddlewareResultHandler _default = new();

        public Task HandleAsync(RequestDelegate next, HttpContext context, AuthorizationPolicy policy, PolicyAuthorizationResult authorizeResult)
        {
            var needed = policy.Requirements.OfType<RolesAuthorizationRequirement>().SelectMany(r => r.AllowedRoles).FirstOrDefault();
            if (needed is null || authorizeResult.Succeeded)
                return _default.HandleAsync(next, context, policy, authorizeResult);
            var role = context.RequestServices.GetService<OrganisationModel>()?.Roles.GetValueOrDefault(needed);
            string vi = role?.Name ?? needed, en = role?.NameEn ?? needed;
            var problem = authorizeResult.Forbidden && context.User.Identity?.IsAuthenticated == true
                ? ApiProblems.Forbidden(context,
                    $"Thao tác này cần vai trò “{vi}”; tài khoản của bạn không có vai trò đó.",
                    $"This needs the role “{en}” ({needed}); your account does not hold it.")
                : ApiProblems.Unauthenticated(context,
                    $"Cần đăng nhập bằng tài khoản có vai trò “{vi}”.",
                    $"Sign in with an account holding the role “{en}” ({needed}).");
            return problem.ExecuteAsync(context);
        }
    }
}
