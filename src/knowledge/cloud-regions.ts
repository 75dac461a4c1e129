/**
 * AWS region codes as AWS writes them (`eu-south-1`, `us-gov-west-1`, `ap-southeast-2`): a shape, not a
 * word of any language, so a document in any language that names one states the region it runs in.
 * https://docs.aws.amazon.com/general/latest/gr/rande.html
 */
const AWS_REGION =
  /(?<![\w-])(?:us|eu|ap|ca|sa|me|af|il|mx|cn)-(?:gov-|iso-|isob-)?(?:north|south|east|west|central|northeast|northwest|southeast|southwest)-\d(?![\w-])/g;

/** The AWS region codes a text names, in order, each once. */
export function awsRegionsIn(text: string): string[] {
  return [...new Set(text.match(AWS_REGION) ?? [])];
}
