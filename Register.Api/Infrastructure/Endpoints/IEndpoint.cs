namespace Register.Api.Infrastructure.Endpoints;

/// <summary>
/// One HTTP endpoint: a class under <c>Features/&lt;Area&gt;/&lt;Action&gt;/</c> that maps itself. Discovered at
/// start-up, so adding an endpoint is adding a class.
/// </summary>
public interface IEndpoint
{
    static abstract void Map(IEndpointRouteBuilder app);
}
