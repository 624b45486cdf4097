namespace TechChallenge.Domain.Common;

/// <summary>
/// A broken business rule. <see cref="Code"/> is a stable key that the web layer turns into a localized message;
/// <see cref="Arguments"/> fill the message's placeholders.
/// </summary>
public sealed record RuleViolation(string Code, params object[] Arguments)
{
    public override string ToString() => Arguments.Length == 0 ? Code : $"{Code} ({string.Join(", ", Arguments)})";
}
