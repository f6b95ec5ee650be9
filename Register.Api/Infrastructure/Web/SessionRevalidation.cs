using System.Globalization;
using System.Security.Claims;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Components.Server;
using Register.Api.Infrastructure.Auth;

namespace Register.Api.Infrastructure.Web;

/// <summary>
/// An open page whose key has been revoked signs out by itself within the interval, even if the user does nothing: the
/// circuit's authentication state turns anonymous and the router sends it to the sign-in page. (Every operation a circuit
/// runs checks the key at once anyway: <see cref="RegisterSession.CallerAsync"/>.)
/// </summary>
public sealed class SessionRevalidation(ILoggerFactory loggers, IServiceScopeFactory scopes)
    : RevalidatingServerAuthenticationStateProvider(loggers)
{
    protected override TimeSpan RevalidationInterval => TimeSpan.FromSeconds(30);

    protected override async Task<bool> ValidateAuthenticationStateAsync(AuthenticationState state, CancellationToken cancellationToken)
    {
        if (!int.TryParse(state.User.FindFirstValue(ClaimTypes.NameIdentifier), NumberStyles.None, CultureInfo.InvariantCulture, out var id)) return false;
        await using var scope = scopes.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<ApiKeyStore>().IsActiveAsync(id, cancellationToken);
    }
}
