using Register.Api.Infrastructure.Hosting;

var builder = WebApplication.CreateBuilder(args);
builder.AddRegister();
var app = builder.Build();
app.UseRegister();

return await CommandLine.RunAsync(app, args);

/// <summary>Visible to the tests' WebApplicationFactory.</summary>
public partial class Program;
