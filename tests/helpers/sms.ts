// A local server in the SMS provider's place that checks each request as Aliyun documents
// SendSms (API 2017-05-25, RPC style: the parameters, and an HMAC-SHA1 signature over them
// sorted and RFC 3986-encoded, written out here independently of the product's code) and
// answers as the provider does; it keeps the parameters of each valid request.
import { createHmac } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';

const REQUIRED = [
  'AccessKeyId',
  'Action',
  'Format',
  'PhoneNumbers',
  'SignName',
  'SignatureMethod',
  'SignatureNonce',
  'SignatureVersion',
  'TemplateCode',
  'TemplateParam',
  'Timestamp',
  'Version',
];

function documentedSignature(params: Record<string, string>, secret: string): string {
  const enc = (v: string) =>
    encodeURIComponent(v)
      .replace(/\+/g, '%20')
      .replace(/\*/g, '%2A')
      .replace(/%7E/g, '~')
      .replace(/[!'()]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
  const query = Object.keys(params)
    .filter((k) => k !== 'Signature')
    .sort()
    .map((k) => `${enc(k)}=${enc(params[k])}`)
    .join('&');
  return createHmac('sha1', `${secret}&`)
    .update(`POST&${enc('/')}&${enc(query)}`)
    .digest('base64');
}

export interface TextCatcher {
  /** http://127.0.0.1:<port>, for AIXIN_SMS_ENDPOINT. */
  endpoint: string;
  /** The parameters of each valid request. */
  texts: Record<string, string>[];
  /** The code in the last text to this phone. */
  lastCodeTo: (phone: string) => string | undefined;
  /** While true, valid requests are refused as the provider's rate control does. */
  refuse: boolean;
  close: () => Promise<void>;
}

export async function catchTexts(accessKeySecret: string): Promise<TextCatcher> {
  const catcher: TextCatcher = {
    endpoint: '',
    texts: [],
    lastCodeTo: (phone) => {
      const text = catcher.texts.filter((t) => t.PhoneNumbers === phone).at(-1);
      return text ? (JSON.parse(text.TemplateParam).code as string) : undefined;
    },
    refuse: false,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
  const server = http.createServer((req, res) => {
    let body = '';
    req.on('data', (c) => (body += c));
    req.on('end', () => {
      const params = Object.fromEntries(new URLSearchParams(body));
      const valid =
        req.method === 'POST' &&
        REQUIRED.every((k) => params[k]) &&
        params.Action === 'SendSms' &&
        params.Version === '2017-05-25' &&
        params.SignatureMethod === 'HMAC-SHA1' &&
        params.SignatureVersion === '1.0' &&
        /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/.test(params.Timestamp) &&
        params.Signature === documentedSignature(params, accessKeySecret);
      res.setHeader('content-type', 'application/json');
      if (!valid) return res.end(JSON.stringify({ Code: 'SignatureDoesNotMatch', Message: 'Specified signature is not matched' }));
      if (catcher.refuse) return res.end(JSON.stringify({ Code: 'isv.BUSINESS_LIMIT_CONTROL', Message: '触发分钟级流控' }));
      catcher.texts.push(params);
      res.end(JSON.stringify({ Code: 'OK', Message: 'OK', BizId: '900619746936498440^0', RequestId: 'F655A8D5-B967-440B-8683-DAD6FF8DE990' }));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  catcher.endpoint = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return catcher;
}
