namespace TechChallenge.Web.Features.Shared;

/// <summary>A value with its localized label, for drop-downs.</summary>
public sealed record Option<T>(T Value, string Text);
