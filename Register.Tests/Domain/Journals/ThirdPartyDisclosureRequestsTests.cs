using Register.Domain.Journals;
using static Register.Tests.Domain.Journals.Law99zCalendar;

namespace Register.Tests.Domain.Journals;

public class ThirdPartyDisclosureRequestsTests
{
    // Invented people: no real person's data in the tests.
    private static readonly PersonIdentity Semenov = new("Семёнов Пётр Ильич", D(1980, 2, 29), null);
    private static readonly PersonIdentity SemenovWithNumber = Semenov with { IdentificationNumber = "1234567A000PB0" };

    private static ReceivedRequest Disclosures(DateOnly receivedOn, PersonIdentity subject) =>
        new(SubjectRequestKind.ThirdPartyDisclosures, receivedOn, subject);

    private static bool IsRepeat(ReceivedRequest request, params ReceivedRequest[] earlier) =>
        ThirdPartyDisclosureRequests.IsRepeatInCalendarYear(request, earlier);

    [Test]
    public void A_second_request_of_the_same_person_in_one_calendar_year_is_a_repeat()
    {
        Assert.That(IsRepeat(Disclosures(D(2026, 11, 2), Semenov), Disclosures(D(2026, 1, 15), Semenov)), Is.True);
    }

    [Test]
    public void The_first_request_of_a_new_calendar_year_is_not_a_repeat()
    {
        Assert.That(IsRepeat(Disclosures(D(2027, 1, 4), Semenov), Disclosures(D(2026, 12, 28), Semenov)), Is.False);
    }

    [Test]
    public void A_first_request_is_not_a_repeat()
    {
        Assert.That(IsRepeat(Disclosures(D(2026, 3, 2), Semenov)), Is.False);
    }

    [Test]
    public void A_request_received_after_this_one_does_not_make_it_a_repeat()
    {
        Assert.That(IsRepeat(Disclosures(D(2026, 3, 2), Semenov), Disclosures(D(2026, 5, 4), Semenov)), Is.False);
    }

    [Test]
    public void Requests_of_other_kinds_are_neither_repeats_nor_counted()
    {
        var information = new ReceivedRequest(SubjectRequestKind.Information, D(2026, 3, 2), Semenov);

        Assert.That(IsRepeat(information, Disclosures(D(2026, 1, 15), Semenov)), Is.False);
        Assert.That(IsRepeat(Disclosures(D(2026, 3, 2), Semenov), information with { ReceivedOn = D(2026, 1, 15) }), Is.False);
    }

    [Test]
    public void Names_match_ignoring_case_yo_and_whitespace()
    {
        var typedDifferently = new PersonIdentity("  семенов   ПЕТР\tильич ", D(1980, 2, 29), null);

        Assert.That(IsRepeat(Disclosures(D(2026, 6, 1), typedDifferently), Disclosures(D(2026, 1, 15), Semenov)), Is.True);
    }

    [Test]
    public void A_decomposed_yo_matches_the_composed_one()
    {
        var decomposed = Semenov with { FullName = "Сем\u0435\u0308нов П\u0435\u0308тр Ильич" };

        Assert.That(decomposed.IsSamePersonAs(Semenov), Is.True);
    }

    [Test]
    public void Without_numbers_another_birth_date_is_another_person()
    {
        var namesake = Semenov with { BirthDate = D(1981, 2, 28) };

        Assert.That(IsRepeat(Disclosures(D(2026, 6, 1), namesake), Disclosures(D(2026, 1, 15), Semenov)), Is.False);
    }

    [Test]
    public void Without_numbers_a_missing_birth_date_never_matches()
    {
        var undated = Semenov with { BirthDate = null };

        Assert.That(undated.IsSamePersonAs(undated), Is.False);
        Assert.That(IsRepeat(Disclosures(D(2026, 6, 1), undated), Disclosures(D(2026, 1, 15), Semenov)), Is.False);
    }

    [Test]
    public void The_same_identification_number_is_the_same_person_whatever_the_name()
    {
        var renamed = new PersonIdentity("Петрова Анна Сергеевна", D(1980, 2, 29), " 1234567a000pb0 ");

        Assert.That(IsRepeat(Disclosures(D(2026, 6, 1), renamed), Disclosures(D(2026, 1, 15), SemenovWithNumber)), Is.True);
    }

    [Test]
    public void Different_identification_numbers_are_different_people_even_with_the_same_name_and_birth_date()
    {
        var namesake = SemenovWithNumber with { IdentificationNumber = "7654321A000PB0" };

        Assert.That(IsRepeat(Disclosures(D(2026, 6, 1), namesake), Disclosures(D(2026, 1, 15), SemenovWithNumber)), Is.False);
    }

    [Test]
    public void A_number_on_one_side_only_falls_back_to_name_and_birth_date()
    {
        Assert.That(IsRepeat(Disclosures(D(2026, 6, 1), Semenov), Disclosures(D(2026, 1, 15), SemenovWithNumber)), Is.True);
        Assert.That(IsRepeat(Disclosures(D(2026, 6, 1), Semenov with { FullName = "Семёнов Павел Ильич" }), Disclosures(D(2026, 1, 15), SemenovWithNumber)), Is.False);
    }
}
