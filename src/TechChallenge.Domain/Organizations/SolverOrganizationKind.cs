namespace TechChallenge.Domain.Organizations;

public enum SolverOrganizationKind
{
    University,
    ResearchInstitute,
    Company,
    Individual,
}
