using Register.Domain.Activities;

namespace Register.Tests.Domain;

public sealed class EntryCodesTests
{
    [TestCase("Учёт посетителей (журнал)", "uchet-posetiteley-zhurnal")]
    [TestCase("Видеонаблюдение на территории", "videonablyudenie-na-territorii")]
    [TestCase("Щит и ёж: ЦЕХ № 5", "shchit-i-ezh-tsekh-5")]
    [TestCase("Улік наведвальнікаў", "ulik-navedvalnikau")]
    [TestCase("HR: personnel files", "hr-personnel-files")]
    [TestCase("«»—…", "entry")]
    public void A_title_becomes_a_latin_kebab_code(string title, string code) =>
        Assert.That(EntryCodes.FromTitle(title), Is.EqualTo(code));

    [Test]
    public void A_long_title_is_cut_at_a_word_with_room_for_a_suffix()
    {
        var code = EntryCodes.FromTitle(string.Join(' ', Enumerable.Repeat("обработка", 20)));

        Assert.That(code.Length, Is.LessThanOrEqualTo(EntryCodes.MaxLength - 4));
        Assert.That(code, Does.Not.EndWith("-"));
        Assert.That(code, Does.Match("^[a-z0-9][a-z0-9.-]{0,63}$"));
    }

    [Test]
    public void A_taken_code_gets_the_lowest_free_number()
    {
        Assert.That(EntryCodes.Unique("appeals", new HashSet<string>()), Is.EqualTo("appeals"));
        Assert.That(EntryCodes.Unique("appeals", new HashSet<string> { "appeals", "appeals-2", "appeals-4" }), Is.EqualTo("appeals-3"));
    }
}
