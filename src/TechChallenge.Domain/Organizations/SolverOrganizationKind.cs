using TechChallenge.Domain.Common;

namespace TechChallenge.Domain.Organizations;

public enum SolverOrganizationKind
{
    University,
    ResearchInstitute,
    Company,
    Individual,
}
