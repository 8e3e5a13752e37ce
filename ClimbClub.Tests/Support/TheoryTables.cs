namespace ClimbClub.Tests.Support;

/// <summary>Rows for [Theory] tables.</summary>
internal static class TheoryTables
{
    /// <summary>Every person with every page: the rows of an access table.</summary>
    public static TheoryData<string, string> Cross(string[] people, string[] paths)
    {
        var data = new TheoryData<string, string>();
        foreach (var person in people)
        {
            foreach (var path in paths)
            {
                data.Add(person, path);
            }
        }

        return data;
    }
}
