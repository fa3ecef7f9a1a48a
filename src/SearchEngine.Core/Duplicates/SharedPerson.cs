namespace SearchEngine.Core.Duplicates;

/// <summary>A person both articles name, whatever spelling each uses.</summary>
/// <param name="Key">The identity key (the fuller one, when one article names only the surname).</param>
/// <param name="Name">One display name: the more complete of the two articles' names.</param>
/// <param name="MentionsA">How often the first article mentions the person.</param>
/// <param name="MentionsB">How often the second article does.</param>
public sealed record SharedPerson(string Key, string Name, int MentionsA, int MentionsB);
