namespace TechChallenge.Infrastructure.Seeding;

public sealed record DemoData(
    string Password,
    DemoNamed TransferCenter,
    IReadOnlyList<DemoSubCenter> SubCenters,
    IReadOnlyList<DemoOrganization> SolverOrganizations,
    IReadOnlyList<DemoUser> Users,
    IReadOnlyList<DemoFieldTag> FieldTags,
    IReadOnlyList<DemoChallenge> Challenges
);
