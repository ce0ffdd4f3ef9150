using System.Security.Claims;
using PurchasePlatform.BuildingBlocks.Authentication;
using PurchasePlatform.BuildingBlocks.ServiceIdentity;
using PurchasePlatform.Notifications.Messages.Domain;

namespace PurchasePlatform.Notifications.Messages.Api;

/// <summary>Who may do what with notifications: services and admins send and see any; a user sees those addressed to them.</summary>
public static class NotificationsAccess
{
    public static readonly string[] SenderRoles = [ServiceClaims.ServiceRole, PlatformRoles.Admin];

    public static bool SeesAll(this ClaimsPrincipal caller) => SenderRoles.Any(caller.IsInRole);

    public static bool MaySee(this ClaimsPrincipal caller, Notification notification) =>
        caller.SeesAll() || (notification.UserId is { } recipient && caller.UserId() == recipient);
}
