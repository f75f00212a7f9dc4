// The optional language model of the assistant, behind this one adapter: any OpenAI-compatible endpoint
// (LLM_BASE_URL, off by default). It may only shorten a question for the catalog search or phrase an answer from
// fields already retrieved; a phrased answer that says anything the fields do not (grounding.ts) is dropped and
// the caller sends its template answer. Every failure, including a timeout, means null: the offline path.
import type { Config } from '../platform/config';
import type { Logger } from '../platform/logger';
import { type GroundedFacts, ungroundedParts } from './grounding';

export { type GroundedFacts, ungroundedParts } from './grounding';

export interface LanguageModel {
  /** A shorter query for the catalog search, or null (then the resident's own words are searched). */
  rewriteQuery(question: string): Promise<string | null>;
  /** The answer phrased by the model, only if every number, date and material name in it is in the facts; else null. */
  phrase(question: string, facts: GroundedFacts): Promise<string | null>;
}

const REWRITE_PROMPT =
  '把居民的问题改写成政务服务事项检索词，只输出检索词。不要解释，不要加标点，不超过 15 个字。';

const PHRASE_PROMPT = [
  '你是安阳市“掌上办”的政务服务助手，根据给出的事项信息回答居民的问题。',
  '只能使用事项信息里写明的内容：不得出现事项信息中没有的数字、费用、金额、日期、期限、电话、材料名称或文件名称；',
  '事项信息里没有写的就不要说，也不要猜。',
  '用简体中文，口语化，简短（不超过 120 个字），不用 Markdown，回答中要提到事项名称。',
].join('');

const MAX_QUERY_CHARS = 30;
const MAX_ANSWER_CHARS = 400;
// A reply bigger than this is no chat completion of ours; reading it whole would only cost memory.
const MAX_BODY_CHARS = 200_000;
const LOGGED_TEXT_CHARS = 50;

const EDGE_PUNCTUATION = /^[\s"'`“”‘’「」『』【】\[\]()（）<>:：,，.。!！?？、;；·…*-]+|[\s"'`“”‘’「」『』【】\[\]()（）<>:：,，.。!！?？、;；·…*-]+$/g;
const CJK = /[\u3400-\u9fff]/;

/** The resident's words in a log line: never more than the first 50 characters. */
function preview(text: string): string {
  return text.length > LOGGED_TEXT_CHARS ? `${text.slice(0, LOGGED_TEXT_CHARS)}…` : text;
}

/** `https://host/v1` and `https://host/v1/` both give `https://host/v1/chat/completions`. */
export function completionsUrl(baseUrl: string): string {
  return `${baseUrl.replace(/\/+$/, '')}/chat/completions`;
}

/** The model's search words, if they look like search words: one short line with Chinese in it. */
export function cleanRewrite(output: string): string | null {
  const trimmed = output.trim();
  if (trimmed === '' || /[\r\n]/.test(trimmed)) return null;
  const query = trimmed.replace(/^检索词\s*[:：]\s*/, '').replace(EDGE_PUNCTUATION, '').trim();
  if (query === '' || [...query].length > MAX_QUERY_CHARS || !CJK.test(query)) return null;
  return query;
}

type LanguageModelConfig = NonNullable<Config['languageModel']>;

export function createLanguageModel(
  config: Config['languageModel'],
  logger: Logger,
  knownMaterialNames: () => Iterable<string>,
): LanguageModel | null {
  if (!config) return null;
  const complete = completer(config, logger);

  return {
    async rewriteQuery(question) {
      const output = await complete('rewrite', question, REWRITE_PROMPT, question, 64);
      if (output === null) return null;
      const query = cleanRewrite(output);
      if (query === null) {
        logger.warn({ purpose: 'rewrite', question: preview(question), outputChars: output.length }, 'language model rewrite rejected');
      }
      return query;
    },

    async phrase(question, facts) {
      const user = [
        `事项名称：${facts.matterName}`,
        '事项信息：',
        ...facts.fields.map((field) => `- ${field}`),
        `参考答复：${facts.template}`,
        '',
        `居民的问题：${question}`,
      ].join('\n');
      const output = await complete('phrase', question, PHRASE_PROMPT, user, 400);
      if (output === null) return null;
      const answer = output.trim();
      if ([...answer].length > MAX_ANSWER_CHARS) {
        logger.warn({ purpose: 'phrase', question: preview(question), outputChars: answer.length }, 'language model answer too long');
        return null;
      }
      let names: Iterable<string>;
      try {
        names = knownMaterialNames();
      } catch (err) {
        // Without the catalog's material names an invented material could not be caught: do not risk it.
        logger.warn({ err, purpose: 'phrase' }, 'language model answer not checked: material names unavailable');
        return null;
      }
      const ungrounded = ungroundedParts(answer, facts, names);
      if (ungrounded.length > 0) {
        // What the model invented is logged (its words, not the resident's) so the prompt can be tuned.
        logger.warn(
          { purpose: 'phrase', question: preview(question), ungrounded: ungrounded.slice(0, 10) },
          'language model answer not grounded in the facts; template sent',
        );
        return null;
      }
      return answer;
    },
  };
}

/** One chat completion; null (and a warning) on any failure. The timeout covers the whole call, body included. */
function completer(config: LanguageModelConfig, logger: Logger) {
  const url = completionsUrl(config.baseUrl);
  const headers: Record<string, string> = { 'content-type': 'application/json', accept: 'application/json' };
  if (config.apiKey) headers.authorization = `Bearer ${config.apiKey}`;

  return async (purpose: 'rewrite' | 'phrase', question: string, system: string, user: string, maxTokens: number): Promise<string | null> => {
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(), config.timeoutMs);
    const started = performance.now();
    const fail = (reason: string, extra: Record<string, unknown> = {}): null => {
      logger.warn(
        { purpose, reason, ms: Math.round(performance.now() - started), question: preview(question), ...extra },
        'language model call failed; offline path used',
      );
      return null;
    };
    try {
      const response = await fetch(url, {
        method: 'POST',
        headers,
        body: JSON.stringify({
          model: config.model,
          messages: [
            { role: 'system', content: system },
            { role: 'user', content: user },
          ],
          temperature: 0,
          max_tokens: maxTokens,
        }),
        signal: controller.signal,
      });
      const body = await response.text();
      if (!response.ok) return fail('status', { status: response.status });
      if (body.length > MAX_BODY_CHARS) return fail('body too large', { bodyChars: body.length });
      let parsed: unknown;
      try {
        parsed = JSON.parse(body);
      } catch {
        return fail('invalid json');
      }
      const content = (parsed as { choices?: { message?: { content?: unknown } }[] } | null)?.choices?.[0]?.message?.content;
      if (typeof content !== 'string' || content.trim() === '') return fail('empty content');
      return content;
    } catch (err) {
      if (controller.signal.aborted) return fail('timeout', { timeoutMs: config.timeoutMs });
      return fail('network', { error: err instanceof Error ? err.message : String(err) });
    } finally {
      clearTimeout(timer);
    }
  };
}
