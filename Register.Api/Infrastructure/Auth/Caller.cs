using System.Globalization;
using System.Security.Claims;
using Register.Api.Infrastructure.Errors;
using Register.Api.Infrastructure.Localization;

namespace Register.Api.Infrastructure.Auth;

/// <summary>
/// The caller as the register's operations see it: the key's name (the actor in versions and the audit trail), its
/// role, and for a department head the departments it may see. Built from the HTTP request's user for the API and
/// from the circuit's sign-in for the web interface, and handed to every operation, which checks it itself.
/// </summary>
public sealed record Caller(string? Name, string Role, IReadOnlySet<string> Departments, int? KeyId = null)
{
    public bool IsDepartmentHead => Role == Roles.DepartmentHead;

    /// <summary>Whether an entry of this department exists for the caller; other departments' entries do not (404).</summary>
    public bool CanSee(string? departmentCode) => !IsDepartmentHead || (departmentCode is not null && Departments.Contains(departmentCode));

    /// <summary>The department codes to restrict queries to, or null for no restriction.</summary>
    public IReadOnlyCollection<string>? Scope => IsDepartmentHead ? Departments : null;

    public bool May(AccessRule rule) => rule.Admits(Role);

    /// <summary>403 unless the caller's role is one the rule admits.</summary>
    public void Require(AccessRule rule)
    {
        if (!May(rule)) throw new ForbiddenException(ForReader.Text("Вашей роли это действие не разрешено.", "Your role may not do this."));
    }

    public static Caller From(ClaimsPrincipal user) => new(
        user.Identity?.IsAuthenticated == true ? user.Identity.Name : null,
        user.FindFirstValue(ClaimTypes.Role) ?? "",
        user.FindAll(Roles.DepartmentClaim).Select(c => c.Value).ToHashSet(StringComparer.Ordinal),
        int.TryParse(user.FindFirstValue(ClaimTypes.NameIdentifier), NumberStyles.None, CultureInfo.InvariantCulture, out var id) ? id : null);

    public static Caller From(HttpContext context) => From(context.User);
}
