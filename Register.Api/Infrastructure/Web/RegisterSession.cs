using System.Security.Claims;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Components.Server.Circuits;
using Register.Api.Infrastructure.Auth;
using Register.Api.Infrastructure.Localization;

namespace Register.Api.Infrastructure.Web;

/// <summary>The key behind a session was revoked (or the session has no key): the interface signs the user out.</summary>
public sealed class SessionEndedException() : Exception(ForReader.Text("Ключ доступа этого сеанса отозван: войдите снова.", "The session's API key is no longer active."));

/// <summary>
/// The signed-in user of one request (static rendering) or one circuit (interactive rendering), handed to the operations
/// as their <see cref="Caller"/>. Filled by <see cref="SessionUserMiddleware"/> from the request and by
/// <see cref="SessionCircuitHandler"/> from the circuit's authentication state, as ASP.NET Core documents for services
/// that need the user ("circuit handler to capture users for custom services"); components never read the HttpContext.
/// </summary>
public sealed class RegisterSession(ApiKeyStore keys)
{
    private ClaimsPrincipal _user = new(new ClaimsIdentity());

    /// <summary>True when the user came from a circuit, which lives on after its cookie was last checked.</summary>
    public bool InCircuit { get; private set; }

    public ClaimsPrincipal User => _user;

    /// <summary>The caller as it stands, without asking the database (for what to show; operations enforce).</summary>
    public Caller Caller => Caller.From(_user);

    internal void SetUser(ClaimsPrincipal user, bool circuit)
    {
        _user = user;
        InCircuit = circuit;
    }

    /// <summary>
    /// The caller to run an operation with. In a circuit the key is checked first, as the API checks it on every request:
    /// a key revoked anywhere ends its sessions at once. A request's cookie was checked on that request already.
    /// </summary>
    public async Task<Caller> CallerAsync(CancellationToken cancellationToken)
    {
        var caller = Caller;
        if (caller.KeyId is not { } id) throw new SessionEndedException();
        if (InCircuit && !await keys.IsActiveAsync(id, cancellationToken)) throw new SessionEndedException();
        return caller;
    }
}

/// <summary>Static rendering and the interface's endpoints: the user is the request's.</summary>
public sealed class SessionUserMiddleware(RequestDelegate next)
{
    public Task InvokeAsync(HttpContext context, RegisterSession session)
    {
        session.SetUser(context.User, circuit: false);
        return next(context);
    }
}

/// <summary>Interactive rendering: the user is the circuit's, kept up to date when its authentication state changes.</summary>
public sealed class SessionCircuitHandler(AuthenticationStateProvider authentication, RegisterSession session) : CircuitHandler, IDisposable
{
    public override async Task OnCircuitOpenedAsync(Circuit circuit, CancellationToken cancellationToken)
    {
        authentication.AuthenticationStateChanged += Changed;
        session.SetUser((await authentication.GetAuthenticationStateAsync()).User, circuit: true);
    }

    public override async Task OnConnectionUpAsync(Circuit circuit, CancellationToken cancellationToken) =>
        session.SetUser((await authentication.GetAuthenticationStateAsync()).User, circuit: true);

    private void Changed(Task<AuthenticationState> state) => _ = SetAsync(state);

    private async Task SetAsync(Task<AuthenticationState> state) => session.SetUser((await state).User, circuit: true);

    public void Dispose() => authentication.AuthenticationStateChanged -= Changed;
}
