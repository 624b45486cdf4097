namespace TechChallenge.Infrastructure.Security;

public sealed record NewApiToken(ApiTokenView Token, string Secret);
