using NetArchTest.Rules;
using TechChallenge.Domain.Challenges;
using TechChallenge.Infrastructure;
using TechChallenge.Web;

namespace TechChallenge.Architecture.Tests;

/// <summary>The dependency rules of the layout: the domain is pure C#, pages reach the clock only through services.</summary>
public sealed class LayerRulesTests
{
    private static readonly System.Reflection.Assembly DomainAssembly = typeof(Challenge).Assembly;
    private static readonly System.Reflection.Assembly InfrastructureAssembly = typeof(DependencyInjection).Assembly;
    private static readonly System.Reflection.Assembly WebAssembly = typeof(SharedResource).Assembly;

    [Theory]
    [InlineData("Microsoft.EntityFrameworkCore")]
    [InlineData("Microsoft.AspNetCore")]
    [InlineData("Microsoft.Extensions")]
    [InlineData("Quartz")]
    [InlineData("TechChallenge.Infrastructure")]
    [InlineData("TechChallenge.Web")]
    public void The_domain_depends_on_no_framework_and_no_outer_layer(string forbidden)
    {
        var result = Types.InAssembly(DomainAssembly).ShouldNot().HaveDependencyOn(forbidden).GetResult();

        Assert.True(result.IsSuccessful, Offenders(result, forbidden));
    }

    [Fact]
    public void The_domain_assembly_references_nothing_but_the_base_library()
    {
        var referenced = DomainAssembly.GetReferencedAssemblies().Select(a => a.Name!).ToList();

        Assert.All(referenced, name => Assert.True(name.StartsWith("System", StringComparison.Ordinal), name));
    }

    [Fact]
    public void Infrastructure_does_not_depend_on_the_web_app()
    {
        var result = Types.InAssembly(InfrastructureAssembly).ShouldNot().HaveDependencyOn("TechChallenge.Web").GetResult();

        Assert.True(result.IsSuccessful, Offenders(result, "TechChallenge.Web"));
    }

    [Theory]
    [InlineData("Quartz")]
    [InlineData("TechChallenge.Infrastructure.Clock.ChallengeClock")]
    [InlineData("TechChallenge.Infrastructure.Clock.ChallengeTimerJob")]
    [InlineData("TechChallenge.Infrastructure.Clock.ReminderJob")]
    [InlineData("TechChallenge.Infrastructure.Clock.JobRun")]
    [InlineData("TechChallenge.Infrastructure.Clock.JobHistoryListener")]
    [InlineData("TechChallenge.Infrastructure.Notifications.MailDeliveryJob")]
    public void Web_pages_do_not_reach_the_jobs_internals(string forbidden)
    {
        var result = Types
            .InAssembly(WebAssembly)
            .That()
            .ResideInNamespace("TechChallenge.Web.Features")
            .ShouldNot()
            .HaveDependencyOn(forbidden)
            .GetResult();

        Assert.True(result.IsSuccessful, Offenders(result, forbidden));
    }

    [Fact]
    public void Web_pages_do_not_open_a_database_context()
    {
        var result = Types
            .InAssembly(WebAssembly)
            .That()
            .ResideInNamespace("TechChallenge.Web.Features")
            .And()
            .Inherit(typeof(Microsoft.AspNetCore.Components.ComponentBase))
            .ShouldNot()
            .HaveDependencyOn("TechChallenge.Infrastructure.Data.AppDbContext")
            .GetResult();

        Assert.True(result.IsSuccessful, Offenders(result, "AppDbContext"));
    }

    private static string Offenders(TestResult result, string forbidden) =>
        $"Types depending on {forbidden}: " + string.Join(", ", result.FailingTypeNames ?? []);
}
