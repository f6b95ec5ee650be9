using Register.Api.Infrastructure.Spreadsheets;

namespace Register.Tests.DataInOut;

/// <summary>The one rule every CSV and XLSX cell the register writes passes through, and its inverse the importer applies.</summary>
public sealed class FormulaGuardTests
{
    [TestCase("=HYPERLINK(\"http://evil\")", "'=HYPERLINK(\"http://evil\")")]
    [TestCase("+375 17 000-00-00", "'+375 17 000-00-00")]
    [TestCase("-2+3", "'-2+3")]
    [TestCase("@SUM(A1)", "'@SUM(A1)")]
    [TestCase("\tcmd", "'\tcmd")]
    [TestCase("\rcmd", "'\rcmd")]
    [TestCase("'=already escaped by hand", "''=already escaped by hand")]
    [TestCase("Учёт посетителей", "Учёт посетителей")]
    [TestCase("a=b", "a=b")]
    [TestCase("'quoted", "'quoted")]
    [TestCase("", "")]
    public void Cells_that_a_spreadsheet_would_run_get_an_apostrophe_and_read_back_as_they_were(string text, string written)
    {
        Assert.That(FormulaGuard.Neutralise(text), Is.EqualTo(written));
        Assert.That(FormulaGuard.Restore(written), Is.EqualTo(text));
    }
}
