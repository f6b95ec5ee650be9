using Microsoft.AspNetCore.Builder;
using Register.Api.Infrastructure.Hosting;
using Register.Tests.Infrastructure;

namespace Register.Tests.DataInOut;

/// <summary>
/// A command of the command line (<c>-- import --from FILE</c>) run in this process exactly as Program runs it, on a test
/// database; what it prints is captured.
/// </summary>
public static class InProcessCommand
{
    public static async Task<(int ExitCode, string Output)> RunAsync(TestDatabase database, params string[] command)
    {
        string[] args = [.. command, $"--Database:Provider={database.Provider}", $"--ConnectionStrings:Register={database.ConnectionString}",
            "--environment=Testing"];
        var builder = WebApplication.CreateBuilder(args);
        builder.AddRegister();
        await using var app = builder.Build();
        app.UseRegister();

        var (output, error) = (Console.Out, Console.Error);
        var captured = new StringWriter();
        Console.SetOut(captured);
        Console.SetError(captured);
        try
        {
            return (await CommandLine.RunAsync(app, args), captured.ToString());
        }
        finally
        {
            Console.SetOut(output);
            Console.SetError(error);
        }
    }
}
