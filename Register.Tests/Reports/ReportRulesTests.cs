using Register.Api.Features.Reports;

namespace Register.Tests.Reports;

/// <summary>The reports' small rules without HTTP: negotiation, the Minsk cut-off, periods in words, the retention cap.</summary>
public sealed class ReportRulesTests
{
    [TestCase(null, ReportFormat.Json)]
    [TestCase("", ReportFormat.Json)]
    [TestCase("*/*", ReportFormat.Json)]
    [TestCase("application/*", ReportFormat.Json)]
    [TestCase("text/*", ReportFormat.Csv)]
    [TestCase("text/html", ReportFormat.Html)]
    [TestCase("TEXT/CSV", ReportFormat.Csv)]
    [TestCase("text/csv; charset=utf-8", ReportFormat.Csv)]
    [TestCase("application/json;q=0.5, text/html;q=0.9", ReportFormat.Html)]
    [TestCase("text/*;q=0.9, text/csv;q=0.1", ReportFormat.Html)]
    [TestCase("*/*;q=0.1, application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", ReportFormat.Xlsx)]
    [TestCase("not a media type", ReportFormat.Json)]
    public void Accept_chooses_the_best_quality_then_the_servers_order(string? accept, ReportFormat expected) =>
        Assert.That(ReportFormats.Negotiate(accept is null ? null : [accept]), Is.EqualTo(expected));

    [TestCase("application/pdf")]
    [TestCase("image/*")]
    [TestCase("*/*;q=0")]
    [TestCase("text/csv;q=0, text/html;q=0, application/json;q=0, application/vnd.openxmlformats-officedocument.spreadsheetml.sheet;q=0")]
    public void Accept_naming_no_report_format_chooses_none(string accept) =>
        Assert.That(ReportFormats.Negotiate([accept]), Is.Null);

    [Test]
    public void A_day_ends_at_midnight_in_minsk_which_is_21_00_utc_the_day_before()
    {
        var cutoff = ReportSource.CutoffOf(new DateOnly(2026, 3, 10));
        Assert.That(cutoff, Is.EqualTo(new DateTime(2026, 3, 10, 21, 0, 0, DateTimeKind.Utc)));
        Assert.That(cutoff.Kind, Is.EqualTo(DateTimeKind.Utc));
    }

    [TestCase("P30D", "ru", "30 дней")]
    [TestCase("P1Y", "ru", "1 год")]
    [TestCase("P2Y", "ru", "2 года")]
    [TestCase("P5Y", "ru", "5 лет")]
    [TestCase("P11M", "ru", "11 месяцев")]
    [TestCase("P21D", "ru", "21 день")]
    [TestCase("P1Y6M", "ru", "1 год 6 месяцев")]
    [TestCase("P1Y6M", "en", "1 year 6 months")]
    [TestCase("P1D", "en", "1 day")]
    [TestCase("thirty days", "en", "thirty days")]
    public void Periods_are_written_in_words(string period, string lang, string expected) =>
        Assert.That(ReportText.Period(period, lang), Is.EqualTo(expected));

    [Test]
    public void A_system_keeps_at_most_the_capped_number_of_retention_rules_and_counts_the_rest()
    {
        var use = new SystemUse();
        for (var i = 0; i < SystemUse.MaxRetentionRules + 50; i++) use.AddRetention($"rule {i}");
        use.AddRetention("rule 0");

        Assert.That(use.Retention, Has.Count.EqualTo(SystemUse.MaxRetentionRules));
        Assert.That(use.Retention["rule 0"], Is.EqualTo(2));
        Assert.That(use.OtherRetentionEntries, Is.EqualTo(50));
    }

    [Test]
    public void Every_report_column_has_a_header_in_both_languages_and_a_width()
    {
        var columns = new[]
        {
            Register.Api.Features.Reports.Supervisory.SupervisoryReport.Layout.Columns.Select(c => (c.Key, c.Header, c.Width)),
            Register.Api.Features.Reports.InformationResources.InformationResourcesReport.Layout.Columns.Select(c => (c.Key, c.Header, c.Width)),
            Register.Api.Features.Reports.SystemClasses.InformationSystemsReport.Layout.Columns.Select(c => (c.Key, c.Header, c.Width)),
            Register.Api.Features.Reports.OperatorRegistry.OperatorRegistryReport.Layout.Columns.Select(c => (c.Key, c.Header, c.Width)),
        };
        foreach (var report in columns)
        {
            var list = report.ToList();
            Assert.That(list.Select(c => c.Key), Is.Unique);
            Assert.That(list.Select(c => c.Header.Ru), Is.Unique.And.All.Not.Empty);
            Assert.That(list.Select(c => c.Header.En), Is.Unique.And.All.Not.Empty);
            Assert.That(list.Select(c => c.Width), Is.All.InRange(6D, 80D));
        }
    }
}
