namespace PurchasePlatform.Notifications.Messages.Templates;

/// <summary>A message with <c>{{key}}</c> placeholders filled from template data: an e-mail subject and HTML body, and an SMS text.</summary>
public sealed record NotificationTemplate(string Id, string Subject, string HtmlBody, string SmsText);
