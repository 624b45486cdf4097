using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Quartz;
using TechChallenge.Infrastructure.Account;
using TechChallenge.Infrastructure.Challenges;
using TechChallenge.Infrastructure.Clock;
using TechChallenge.Infrastructure.Data;
using TechChallenge.Infrastructure.Judging;
using TechChallenge.Infrastructure.Notifications;
using TechChallenge.Infrastructure.Organizations;
using TechChallenge.Infrastructure.Proposals;
using TechChallenge.Infrastructure.Regions;
using TechChallenge.Infrastructure.Security;
using TechChallenge.Infrastructure.Seeding;
using TechChallenge.Infrastructure.Storage;
using TechChallenge.Infrastructure.SubCenters;
using TechChallenge.Infrastructure.Teams;

namespace TechChallenge.Infrastructure;

public static class DependencyInjection
{
    /// <summary>
    /// Database (provider by configuration), Identity stores, the Quartz scheduler, file storage and the feature services.
    /// </summary>
    public static IServiceCollection AddTechChallengeInfrastructure(
        this IServiceCollection services,
        IConfiguration configuration,
        IHostEnvironment environment
    )
    {
        var settings = configuration.GetSection(DatabaseSettings.Section).Get<DatabaseSettings>() ?? new DatabaseSettings();
        var dataFolder = Path.GetFullPath(Path.Combine(environment.ContentRootPath, settings.DataPath));
        Directory.CreateDirectory(dataFolder);
        var connectionString = settings.ResolveConnectionString(dataFolder);

        services.AddSingleton(settings);
        services.AddSingleton(new DataFolder(dataFolder));
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton(RegionDirectory.Shipped);
        services.Configure<FileStorageOptions>(configuration.GetSection("FileStorage"));
        services.AddSingleton<FileStorage>();

        services.AddSingleton<CatalogFacetsCache>();
        services.AddSingleton<ICatalogCache>(sp => sp.GetRequiredService<CatalogFacetsCache>());
        services.AddSingleton<CatalogChangeInterceptor>();
        services.Configure<MailOptions>(configuration.GetSection(MailOptions.Section));
        services.AddSingleton<NotificationSignal>();
        services.AddSingleton<NotificationSaveInterceptor>();
        services.AddSingleton<MailTransport>();
        services.AddSingleton<Notifier>();
        services.AddSingleton<ChallengeEventNotifier>();
        services.AddScoped<NotificationCenter>();

        switch (settings.Provider)
        {
            case DatabaseProvider.Sqlite:
                services.AddDbContextFactory<SqliteAppDbContext>(
                    (sp, o) =>
                        o.UseSqlite(connectionString)
                            .AddInterceptors(
                                sp.GetRequiredService<CatalogChangeInterceptor>(),
                                sp.GetRequiredService<NotificationSaveInterceptor>()
                            )
                );
                services.AddSingleton<IDbContextFactory<AppDbContext>, DerivedContextFactory<SqliteAppDbContext>>();
                break;
            case DatabaseProvider.Postgres:
                services.AddDbContextFactory<PostgresAppDbContext>(
                    (sp, o) =>
                        o.UseNpgsql(connectionString)
                            .AddInterceptors(
                                sp.GetRequiredService<CatalogChangeInterceptor>(),
                                sp.GetRequiredService<NotificationSaveInterceptor>()
                            )
                );
                services.AddSingleton<IDbContextFactory<AppDbContext>, DerivedContextFactory<PostgresAppDbContext>>();
                break;
        }

        services.AddScoped<AppDbContext>(sp => sp.GetRequiredService<IDbContextFactory<AppDbContext>>().CreateDbContext());

        services
            .AddIdentityCore<ApplicationUser>(options =>
            {
                options.SignIn.RequireConfirmedAccount = false;
                options.User.RequireUniqueEmail = true;
                options.Password.RequiredLength = 8;
                options.Password.RequireNonAlphanumeric = false;
                options.Lockout.MaxFailedAccessAttempts = 10;
            })
            .AddRoles<IdentityRole>()
            .AddEntityFrameworkStores<AppDbContext>()
            .AddSignInManager()
            .AddClaimsPrincipalFactory<AppClaimsPrincipalFactory>()
            .AddDefaultTokenProviders();

        var mailPollSeconds = configuration.GetSection(MailOptions.Section).Get<MailOptions>()?.PollSeconds
            ?? new MailOptions().PollSeconds;
        var schedulerThreads = Math.Max(
            1,
            configuration.GetSection(ClockOptions.Section).Get<ClockOptions>()?.SchedulerThreads ?? new ClockOptions().SchedulerThreads
        );
        services.AddQuartz(quartz =>
        {
            quartz.UseDefaultThreadPool(pool => pool.MaxConcurrency = schedulerThreads);
            quartz.ConfigureScheduler(scheduler =>
            {
                scheduler.InstanceName = settings.SchedulerName;
                // New triggers wake the local scheduler at once; this bounds how late one planned by another instance is seen.
                scheduler.IdleWaitTime = TimeSpan.FromSeconds(5);
                scheduler.MaxBatchSize = schedulerThreads;
            });
            quartz.AddJob<ChallengeTimerJob>(job => job.WithIdentity(ChallengeTimerJob.Key).StoreDurably());
            quartz.AddJob<ReminderJob>(job => job.WithIdentity(ReminderJob.Key).StoreDurably());
            quartz.AddJobListener<JobHistoryListener>();
            quartz.AddJob<MailDeliveryJob>(job => job.WithIdentity(MailDeliveryJob.Key).StoreDurably());
            quartz.AddTrigger(trigger =>
                trigger
                    .WithIdentity(MailDeliveryJob.PollKey)
                    .ForJob(MailDeliveryJob.Key)
                    .StartNow()
                    .WithSimpleSchedule(schedule =>
                        schedule
                            .WithInterval(TimeSpan.FromSeconds(Math.Max(1, mailPollSeconds)))
                            .RepeatForever()
                            // After downtime one run catches up on everything due; the missed ones are not replayed.
                            .WithMisfireInstruction(SimpleTriggerMisfireInstruction.NextWithRemainingCount)
                    )
            );
            quartz.UsePersistentStore(store =>
            {
                store.UseSystemTextJsonSerializer();
                store.ProvisionSchema();
                if (settings.Provider == DatabaseProvider.Postgres)
                {
                    store.UsePostgres(connectionString);
                    store.UseClustering();
                }
                else
                {
                    // SQLite cannot be clustered: it is the single-instance configuration.
                    store.UseSqlite(connectionString);
                }
            });
        });
        if (settings.RunScheduler)
        {
            services.AddQuartzHostedService(options => options.WaitForJobsToComplete = true);
        }

        services.Configure<ClockOptions>(configuration.GetSection(ClockOptions.Section));
        services.AddSingleton<JobHistoryListener>();
        services.AddSingleton<ChallengeClock>();
        services.AddScoped<JobsDashboard>();
        services.AddScoped<ChallengeCatalog>();
        services.AddScoped<ChallengeAuthoring>();
        services.AddScoped<ChallengeLifecycleMoves>();
        services.AddScoped<ChallengeFiles>();
        services.AddScoped<PlannedSteps>();
        services.AddScoped<ChallengeEngagementService>();
        services.AddScoped<ChallengeAnnouncements>();
        services.AddScoped<SubCenterService>();
        services.AddScoped<FieldTagService>();
        services.AddScoped<ProposalDrafts>();
        services.AddScoped<ProposalSubmission>();
        services.AddScoped<ProposalReads>();
        services.AddScoped<TeamService>();
        services.AddScoped<OrganizationService>();
        services.AddScoped<OrganizationMembers>();
        services.AddScoped<ExtensionService>();
        services.AddScoped<ExtensionRequests>();
        services.AddScoped<ProfileService>();
        services.AddScoped<ApiTokenService>();
        services.AddScoped<JudgeScorecards>();
        services.AddScoped<RankingQuery>();
        services.AddScoped<JudgeConflicts>();
        services.AddScoped<PanelDiscussion>();
        services.AddScoped<PanelBoardQuery>();
        services.AddScoped<PanelService>();
        services.AddScoped<JudgeInvitationService>();
        services.AddScoped<JudgeInvitationAnswers>();
        services.AddScoped<AppealService>();
        services.AddScoped<ShortlistService>();
        services.AddScoped<ResultsService>();
        services.AddScoped<DemoDataSeeder>();
        services.AddScoped<DatabaseInitializer>();
        return services;
    }

    private sealed class DerivedContextFactory<TContext>(IDbContextFactory<TContext> inner) : IDbContextFactory<AppDbContext>
        where TContext : AppDbContext
    {
        public AppDbContext CreateDbContext() => inner.CreateDbContext();
    }
}
