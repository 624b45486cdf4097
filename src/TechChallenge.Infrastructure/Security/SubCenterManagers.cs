using TechChallenge.Infrastructure.Data;

namespace TechChallenge.Infrastructure.Security;

internal static class SubCenterManagers
{
    /// <summary>The user ids of a sub-center's managers: the organisers of its challenges.</summary>
    public static IQueryable<string> Of(AppDbContext db, Guid subCenterId) =>
        from user in db.Users
        where user.SubCenterId == subCenterId
        join userRole in db.UserRoles on user.Id equals userRole.UserId
        join role in db.Roles on userRole.RoleId equals role.Id
        where role.Name == Roles.SubCenterManager
        select user.Id;
}
