import { ValidationError, type CollectionBeforeOperationHook } from 'payload'
import sharp from 'sharp'
import { safeUploadName } from './safe-upload-name'

/** 40 megapixels: more than any camera photo we publish, far below a decompression bomb. */
export const maxImagePixels = 40_000_000

const mp = maxImagePixels / 1_000_000
/** The refusal in the editor's admin language (or the reader's, for the proposal form). */
const tooLarge: Record<string, string> = {
  en: `The image is too large: at most ${mp} megapixels.`,
  sv: `Bilden är för stor: högst ${mp} megapixlar.`,
  nb: `Bildet er for stort: høyst ${mp} megapiksler.`,
  da: `Billedet er for stort: højst ${mp} megapixel.`,
  fi: `Kuva on liian suuri: enintään ${mp} megapikseliä.`,
  is: `Myndin er of stór: í mesta lagi ${mp} megapixlar.`,
}

/** Width × height from the image header only, without decoding the pixels. */
async function pixelsOf(data: Buffer): Promise<number> {
  const { width = 0, height = 0 } = await sharp(data, { limitInputPixels: false }).metadata()
  return width * height
}

/**
 * Before Payload stores or resizes an upload (admin, REST or the proposal form through the Local
 * API): a safe file name, and images over the pixel cap refused before sharp decodes them.
 */
export const guardUpload: CollectionBeforeOperationHook = async ({ args, operation, req }) => {
  const file = req.file
  if (!file || (operation !== 'create' && operation !== 'update')) return args
  file.name = safeUploadName(file.name)
  if (file.mimetype.startsWith('image/') && file.data.length > 0) {
    const pixels = await pixelsOf(file.data).catch(() => 0)
    if (pixels > maxImagePixels) {
      throw new ValidationError({
        errors: [{ path: 'file', message: tooLarge[req.i18n?.language ?? req.locale ?? 'en'] ?? tooLarge.en }],
      })
    }
  }
  return args
}
