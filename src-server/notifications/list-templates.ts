// Use case: the subscribe-message templates this deployment has (from configuration), for the consent request.
import { templateKeys, templateLabels, type TemplateList } from '../../src-shared/contracts/notifications';
import type { UseCaseContext } from '../platform/use-case';

export function listTemplates(ctx: UseCaseContext): TemplateList {
  const configured = ctx.config.wechat ? ctx.config.wechatTemplates : null;
  return {
    templates: templateKeys.flatMap((key) => {
      const templateId = configured?.[key];
      return templateId ? [{ key, templateId, title: templateLabels[key] }] : [];
    }),
  };
}
