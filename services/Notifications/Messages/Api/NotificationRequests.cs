using System.Text.Json;

namespace PurchasePlatform.Notifications.Messages.Api;

/// <param name="Body">Not in seed 003: the HTML body when no template supplies one.</param>
/// <param name="UserId">The recipient's platform user id, so that the notification shows in their history.</param>
public sealed record SendEmailRequest(string? To, string? Subject, string? TemplateId, JsonElement? TemplateData, string? Body, Guid? UserId);

/// <param name="UserId">The recipient's platform user id, so that the notification shows in their history.</param>
public sealed record SendSmsRequest(string? To, string? Message, string? TemplateId, JsonElement? TemplateData, Guid? UserId);
