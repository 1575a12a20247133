import { refuse } from '../types'
import { account, checkHandle, segments, type Grammar } from './shared'

const channel = (id: string, platform: Parameters<Grammar['fromHandle']>[1]) =>
  checkHandle(id, platform, 'channel id') ?? account(`https://whatsapp.com/channel/${id}`, id, true)

/** WhatsApp channels: whatsapp.com/channel/<id> (ids are case-sensitive); wa.me links open a chat with a phone, not a channel. */
export const whatsappChannelGrammar: Grammar = {
  label: 'WhatsApp channel',
  fromUrl(url, platform) {
    const [kind, id] = segments(url)
    if (kind !== 'channel' || !id) return refuse('This is not the address of a WhatsApp channel; it should look like https://whatsapp.com/channel/0029Va….', 'url')
    return channel(id, platform)
  },
  fromHandle: (text, platform) => channel(text, platform),
}
