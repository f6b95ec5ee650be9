namespace Register.Api.Features.Journals;

/// <summary>
/// Runs <see cref="JournalDepersonalisation"/> when the register starts (after the migrations: hosted services start in
/// order) and then once a day, so details are gone within a day of their retention without anyone remembering to.
/// A failed run is logged and tried again the next day; it never stops the register.
/// </summary>
public sealed partial class ScheduledDepersonalisation(
    JournalDepersonalisation depersonalisation, JournalRetentionOptions options, TimeProvider clock, ILogger<ScheduledDepersonalisation> logger)
    : BackgroundService
{
    public static readonly TimeSpan Interval = TimeSpan.FromDays(1);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Scheduled) return;
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await depersonalisation.RunAsync(dryRun: false, stoppingToken);
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                LogFailed(logger, exception.GetType().Name);
            }
            try
            {
                await Task.Delay(Interval, clock, stoppingToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }

    // The exception's type only: a database error's message can quote the values of the row it failed on.
    [LoggerMessage(Level = LogLevel.Error, Message = "Depersonalising the journals after their retention failed ({ExceptionType}); it runs again in a day")]
    private static partial void LogFailed(ILogger logger, string exceptionType);
}
