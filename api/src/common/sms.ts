// Text messages through a provider: Aliyun SMS (阿里云短信服务, SendSms of Dysmsapi 2017-05-25,
// RPC-style request signed with HMAC-SHA1 as its documentation specifies). Messages are
// templates registered with the provider under the platform's signature (签名); we send the
// template's code and its parameters. Without settings there is no SMS (the embedded default).
import { createHmac, randomUUID } from 'node:crypto';

export interface SmsSettings {
  provider: 'aliyun';
  /** e.g. https://dysmsapi.aliyuncs.com */
  endpoint: string;
  accessKeyId: string;
  accessKeySecret: string;
  /** 短信签名, as approved by the provider. */
  signName: string;
  /** The verification-code template (its text holds ${code}). */
  codeTemplate: string;
  /** The notice template for messages (its text holds ${headline}, ${title} and ${time}); null: messages are not texted. */
  noticeTemplate: string | null;
  /** When texts that can wait are held back (China time); null: never. */
  quietHours: QuietHours | null;
}

/** A nightly window in minutes of the China day: from 22:00 (1320) to 08:00 (480) wraps past midnight. */
export interface QuietHours {
  from: number;
  to: number;
}

/** Sends texts; a failure throws an SmsError naming the provider's code, never the number or text. */
export interface SmsGateway {
  send(phone: string, template: string, params: Record<string, string>): Promise<void>;
}

export class SmsError extends Error {}

/** RFC 3986 encoding, as Aliyun's signature wants it. */
function percentEncode(value: string): string {
  return encodeURIComponent(value).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}

/** The signature of an RPC-style Aliyun request: Base64(HMAC-SHA1(secret + "&", METHOD&%2F&encoded(sorted query))). */
export function aliyunSignature(method: string, params: Record<string, string>, secret: string): string {
  const canonical = Object.keys(params)
    .sort()
    .map((k) => `${percentEncode(k)}=${percentEncode(params[k])}`)
    .join('&');
  const toSign = `${method}&${percentEncode('/')}&${percentEncode(canonical)}`;
  return createHmac('sha1', `${secret}&`).update(toSign).digest('base64');
}

export class AliyunSms implements SmsGateway {
  constructor(private readonly settings: SmsSettings) {}

  async send(phone: string, template: string, params: Record<string, string>): Promise<void> {
    const query: Record<string, string> = {
      AccessKeyId: this.settings.accessKeyId,
      Action: 'SendSms',
      Format: 'JSON',
      PhoneNumbers: phone,
      RegionId: 'cn-hangzhou',
      SignName: this.settings.signName,
      SignatureMethod: 'HMAC-SHA1',
      SignatureNonce: randomUUID(),
      SignatureVersion: '1.0',
      TemplateCode: template,
      TemplateParam: JSON.stringify(params),
      Timestamp: new Date().toISOString().replace(/\.\d{3}Z$/, 'Z'),
      Version: '2017-05-25',
    };
    const body = new URLSearchParams({ ...query, Signature: aliyunSignature('POST', query, this.settings.accessKeySecret) });
    let answer: { Code?: string; Message?: string };
    try {
      const res = await fetch(`${this.settings.endpoint}/`, {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        body,
        signal: AbortSignal.timeout(10_000),
      });
      answer = (await res.json()) as { Code?: string; Message?: string };
    } catch (error) {
      throw new SmsError(`SMS provider unreachable: ${(error as Error).name}`);
    }
    if (answer.Code !== 'OK') throw new SmsError(`SMS provider refused: ${answer.Code ?? 'no code'}`);
  }
}

export function smsGateway(settings: SmsSettings | null): SmsGateway | null {
  return settings ? new AliyunSms(settings) : null;
}
