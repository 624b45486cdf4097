using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using TechChallenge.Domain.Common;
using TechChallenge.Domain.Proposals;
using TechChallenge.Infrastructure.Proposals;
using TechChallenge.Infrastructure.Security;
using TechChallenge.Web.Features.Shared;

using TechChallenge.Domain.Teams;
namespace TechChallenge.Web.Features.Api;

/// <summary>The submit answer's body: the draft revision the client last saw.</summary>
public sealed record SubmitRequest(int ExpectedRevision);
