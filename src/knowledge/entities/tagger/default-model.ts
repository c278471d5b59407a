// The committed weights of the entity tagger (`npm run train:entities` writes them), read once.
// The only file access of the recognizer: the model is data beside the code, like the gazetteers.
import { readFileSync } from 'node:fs';
import { Perceptron, type PerceptronWeights } from './perceptron.ts';

let model: Perceptron | null = null;

export function defaultTaggerModel(): Perceptron {
  model ??= Perceptron.fromWeights(JSON.parse(readFileSync(new URL('./weights.json', import.meta.url), 'utf8')) as PerceptronWeights);
  return model;
}
