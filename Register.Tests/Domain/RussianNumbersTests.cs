using Register.Domain;

namespace Register.Tests.Domain;

public class RussianNumbersTests
{
    [TestCase(0, "0 лет")]
    [TestCase(1, "1 год")]
    [TestCase(2, "2 года")]
    [TestCase(4, "4 года")]
    [TestCase(5, "5 лет")]
    [TestCase(11, "11 лет")]
    [TestCase(12, "12 лет")]
    [TestCase(14, "14 лет")]
    [TestCase(21, "21 год")]
    [TestCase(22, "22 года")]
    [TestCase(100, "100 лет")]
    [TestCase(101, "101 год")]
    [TestCase(111, "111 лет")]
    [TestCase(112, "112 лет")]
    [TestCase(123, "123 года")]
    public void A_noun_after_a_number_takes_the_form_its_last_two_digits_ask_for(int n, string expected)
    {
        Assert.That(RussianNumbers.Count(n, "год", "года", "лет"), Is.EqualTo(expected));
    }
}
