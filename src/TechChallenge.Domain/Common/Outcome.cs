namespace TechChallenge.Domain.Common;

/// <summary>The result of an operation that can be refused by a business rule.</summary>
public class Outcome
{
    protected Outcome(RuleViolation? violation) => Violation = violation;

    public RuleViolation? Violation { get; }

    public bool Succeeded => Violation is null;

    public static Outcome Success { get; } = new(null);

    public static Outcome Refused(string code, params object[] arguments) => new(new RuleViolation(code, arguments));

    public static Outcome Refused(RuleViolation violation) => new(violation);
}

public sealed class Outcome<T> : Outcome
{
    private readonly T? value;

    private Outcome(T? value, RuleViolation? violation)
        : base(violation) => this.value = value;

    public T Value => Succeeded ? value! : throw new InvalidOperationException($"No value: the operation was refused ({Violation}).");

    public static Outcome<T> Ok(T value) => new(value, null);

    public static new Outcome<T> Refused(string code, params object[] arguments) => new(default, new RuleViolation(code, arguments));

    public static new Outcome<T> Refused(RuleViolation violation) => new(default, violation);
}
