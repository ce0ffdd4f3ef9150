namespace PurchasePlatform.Notifications.Messages;

/// <summary>E-mail and SMS notifications: seed 003's routes, their delivery, and the mails sent for platform events.</summary>
public static class MessagesExtensions
{
    public static IServiceCollection AddMessages(this IServiceCollection services, IConfiguration configuration) => services;

    public static IEndpointRouteBuilder MapMessagesApi(this IEndpointRouteBuilder app) => app;
}
