using Register.Domain.Activities;

namespace Register.Api.Features.Journals;

/// <summary>
/// How long the journals keep subjects' details (<c>Register:Journals</c>): requests <see cref="RequestRetention"/> after
/// their answer, breaches <see cref="BreachRetention"/> after the NPDPC was notified (or, with no notification, after
/// detection). Defaults are the Minjust list's periods as the NPDPC quotes them: P1Y and P3Y.
/// </summary>
public sealed record JournalRetentionOptions(IsoPeriod RequestRetention, IsoPeriod BreachRetention, bool Scheduled)
{
    public const string Section = "Register:Journals";

    /// <summary>Reads the section; a period that is not an ISO-8601 duration stops start-up rather than keep data unnoticed.</summary>
    public static JournalRetentionOptions FromConfiguration(IConfiguration configuration)
    {
        var section = configuration.GetSection(Section);
        return new JournalRetentionOptions(
            Period(section, "RequestRetention", "P1Y"), Period(section, "BreachRetention", "P3Y"),
            section.GetValue("ScheduledDepersonalisation", true));
    }

    private static IsoPeriod Period(IConfigurationSection section, string key, string fallback)
    {
        var text = section[key] ?? fallback;
        if (!IsoPeriod.TryParse(text, out var period) || period.IsZero)
        {
            throw new InvalidOperationException($"{Section}:{key} must be a positive ISO-8601 duration such as {fallback}, not '{text}'.");
        }
        return period;
    }
}
