namespace TechChallenge.Web.Features.Api;

/// <summary>The submit answer's body: the draft revision the client last saw.</summary>
public sealed record SubmitRequest(int ExpectedRevision);
