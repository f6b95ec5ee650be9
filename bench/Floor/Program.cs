using Dapper;
using Floor;

// The floor: what this stack (Kestrel, System.Text.Json, Dapper, Microsoft.Data.Sqlite) does with the same data
// when nothing else is asked of it. Each read is one Dapper command (several result sets); each write one
// transaction. Routes mirror the API's without the /api prefix.
var builder = WebApplication.CreateSlimBuilder(args);
builder.Logging.ClearProviders();
DefaultTypeMap.MatchNamesWithUnderscores = true;
var store = new FloorStore(builder.Configuration.GetConnectionString("Register") ?? "Data Source=register.db");
builder.Services.AddSingleton(store);

var app = builder.Build();
app.MapGet("/health/ready", async () => await store.PingAsync() ? Results.Ok() : Results.StatusCode(503));
app.MapGet("/activities/{id:int}", async (int id) => await store.GetAsync(id) is { } activity ? Results.Ok(activity) : Results.NotFound());
app.MapGet("/activities", async (string? department, string? q, int? page, int? pageSize) =>
{
    var size = Math.Clamp(pageSize ?? 50, 1, 500);
    var skip = (Math.Max(page ?? 1, 1) - 1) * size;
    return Results.Ok(await store.ListAsync(department, q, skip, size));
});
app.MapPost("/activities", async (FloorActivity body) =>
{
    var id = await store.InsertAsync(body);
    return Results.Created($"/activities/{id}", body with { Id = id });
});
app.MapPut("/activities/{id:int}", async (int id, FloorActivity body) =>
    await store.UpdateAsync(id, body) ? Results.Ok(body with { Id = id }) : Results.NotFound());
app.MapGet("/reports/supervisory", (string? format, HttpContext context) => FloorReports.WriteAsync(store, format, context));
app.Run();
