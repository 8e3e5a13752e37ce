using ClimbClub.Core.Export;

namespace ClimbClub.Tests.Core;

/// <summary>CSV fields as a spreadsheet reads them back: separators and quotes survive, formulas never run.</summary>
public sealed class CsvTests
{
    [Theory]
    [InlineData(null, "")]
    [InlineData("", "")]
    [InlineData("Blue", "Blue")]
    [InlineData("3.5", "3.5")]
    [InlineData("클라이밍 짐", "클라이밍 짐")]
    [InlineData("tired, happy", "\"tired, happy\"")]
    [InlineData("the \"crimp\" one", "\"the \"\"crimp\"\" one\"")]
    [InlineData("line one\nline two", "\"line one\nline two\"")]
    [InlineData("ends with space ", "\"ends with space \"")]
    [InlineData("=HYPERLINK(\"x\")", "\"'=HYPERLINK(\"\"x\"\")\"")]
    [InlineData("+1 flash", "'+1 flash")]
    [InlineData("-5 fingers", "'-5 fingers")]
    [InlineData("@everyone", "'@everyone")]
    [InlineData("a=b", "a=b")]
    public void AFieldIsQuotedWhenItMustBeAndNeverStartsAFormula(string? value, string written)
    {
        Assert.Equal(written, Csv.Field(value));
    }

    [Fact]
    public void ALineJoinsItsFieldsWithCommasAndEndsWithCrLf()
    {
        Assert.Equal("2026-03-01,Blue,\"a, b\",\r\n", Csv.Line("2026-03-01", "Blue", "a, b", null));
    }
}
